import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusFolder } from '../core/testing/corpus-folders';
import { makeTempDir } from '../core/testing/temp-core';
import { runCli } from './run-cli';

let scratch: string;
let dataDir: string;
beforeEach(() => {
  scratch = makeTempDir();
  dataDir = path.join(scratch, 'data');
});
afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function cairn(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['--data-dir', dataDir, ...args], {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    env: {},
    interactive: false,
    now: () => new Date('2026-12-02T12:00:00Z'),
  });
  return { code, out, err };
}

describe('cairn site', () => {
  it('publishes the imported decisions as a static site, and a second run writes nothing', async () => {
    expect(await cairn('import', corpusFolder('madr'))).toMatchObject({ code: 0, err: '' });
    const site = path.join(scratch, 'site');
    const first = await cairn('site', site);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toMatch(/^Published \d+ files to .+: \d+ written, 0 unchanged, 0 removed\nOpen .+index\.html to read it\.\n$/);
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('<h2>All decisions</h2>');

    const again = await cairn('site', site, '--json');
    expect(again.code).toBe(0);
    const result = JSON.parse(again.out) as { written: string[]; unchanged: number; pages: number };
    expect(result.written).toEqual([]);
    expect(result.unchanged).toBe(result.pages);
  });

  it('builds the same bytes from a folder twice, without touching the data directory', async () => {
    const one = path.join(scratch, 'one');
    const two = path.join(scratch, 'two');
    const url = ['--base-url', 'https://team.gitlab.io/adr/'];
    expect(await cairn('--workspace', 'Cairn decisions', 'site', '--from', corpusFolder('adr-tools'), ...url, one)).toMatchObject({ code: 0, err: '' });
    expect(await cairn('site', two, ...url, '--from', corpusFolder('adr-tools'), '--workspace', 'Cairn decisions')).toMatchObject({ code: 0, err: '' });
    expect(fs.existsSync(dataDir)).toBe(false);
    const files = (folder: string) => fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
    expect(files(two)).toEqual(files(one));
    for (const file of files(one).filter((name) => fs.statSync(path.join(one, name)).isFile())) {
      expect(fs.readFileSync(path.join(two, file), 'utf8'), file).toBe(fs.readFileSync(path.join(one, file), 'utf8'));
    }
    expect(fs.readFileSync(path.join(one, 'index.html'), 'utf8')).toContain('<h1>Cairn decisions</h1>');
    expect(fs.readFileSync(path.join(one, 'feed.xml'), 'utf8')).toContain('<entry>');
  });

  it('uses the base URL for the feed and refuses one that is not a web address', async () => {
    const site = path.join(scratch, 'site');
    expect(await cairn('site', '--from', corpusFolder('adr-tools'), '--base-url', 'https://team.github.io/decisions', site)).toMatchObject({ code: 0 });
    expect(fs.readFileSync(path.join(site, 'feed.xml'), 'utf8')).toContain('href="https://team.github.io/decisions/feed.xml"');
    const refused = await cairn('site', '--from', corpusFolder('adr-tools'), '--base-url', 'team.github.io', path.join(scratch, 'other'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('The web address must start with http:// or https://');
  });

  it('exits 1 with a plain message for a folder that holds other files', async () => {
    await cairn('init');
    fs.writeFileSync(path.join(scratch, 'notes.txt'), 'mine');
    const refused = await cairn('site', scratch);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('already holds files that are not a site Cairn published');
  });
});
