import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../testing/call';
import { createWorkspace, fixedClock, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

// adr-tools is a Debian package (apt-get install adr-tools); CI installs it.
const hasAdrTools = (() => {
  try {
    execFileSync('adr', ['help'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let core: TempCore;
let repo: string;

beforeEach(async () => {
  core = await openTempCore({ now: fixedClock('1992-01-12T12:00:00Z').now });
  repo = makeTempDir();
});
afterEach(() => {
  core.dispose();
  fs.rmSync(repo, { recursive: true, force: true });
});

function adr(...args: string[]): string {
  return execFileSync('adr', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ADR_DATE: '1992-01-12', VISUAL: 'true', EDITOR: 'true' } });
}

describe.skipIf(!hasAdrTools)('adr-tools on a folder Cairn wrote', () => {
  it('lists, indexes, supersedes and links what Cairn exported, and Cairn reads the result back', async () => {
    const workspaceId = (await createWorkspace(core)).id;
    const folder = path.join(repo, 'doc', 'adr');
    fs.mkdirSync(folder, { recursive: true });
    await call(core, 'linkSyncFolder', { workspaceId, path: folder, dialect: 'nygard' });
    for (const title of ['First Decision', 'Second Decision', 'Third Decision']) {
      await call(core, 'createDecision', { workspaceId, template: 'nygard', content: { title, status: 'accepted', context: 'Why.', outcome: 'What.', consequences: 'Then.' } });
    }
    expect((await call(core, 'syncWorkspace', { workspaceId })).pushed).toHaveLength(3);

    expect(adr('list')).toBe('doc/adr/0001-first-decision.md\ndoc/adr/0002-second-decision.md\ndoc/adr/0003-third-decision.md\n');
    const toc = adr('generate', 'toc');
    expect(toc).toBe(
      '# Architecture Decision Records\n\n* [1. First Decision](0001-first-decision.md)\n* [2. Second Decision](0002-second-decision.md)\n* [3. Third Decision](0003-third-decision.md)\n',
    );

    expect(adr('new', '-s', '1', 'Fourth Decision')).toBe('doc/adr/0004-fourth-decision.md\n');
    adr('link', '4', 'Amends', '2', 'Amended by');
    const first = fs.readFileSync(path.join(folder, '0001-first-decision.md'), 'utf8');
    // Older adr-tools spell it "Superceded"; the Debian package writes "Superseded".
    expect(first.split('\n').slice(0, 7).join('\n')).toMatch(/^# 1\. First Decision\n\nDate: 1992-01-12\n\n## Status\n\nSuper[cs]eded by \[4\. Fourth Decision\]\(0004-fourth-decision\.md\)$/);

    const synced = await call(core, 'syncWorkspace', { workspaceId });
    expect(synced.pulled.sort()).toEqual(['0001-first-decision.md', '0002-second-decision.md', '0004-fourth-decision.md']);
    expect(synced.conflicts).toEqual([]);
    const list = await call(core, 'searchDecisions', { workspaceId, sort: 'number', order: 'asc' });
    expect(list.items.map((d) => [d.number, d.title, d.status])).toEqual([
      [1, 'First Decision', 'superseded'],
      [2, 'Second Decision', 'accepted'],
      [3, 'Third Decision', 'accepted'],
      [4, 'Fourth Decision', 'accepted'],
    ]);
    const fourth = await call(core, 'getDecision', { id: list.items[3]?.id as string });
    expect(fourth.links.map((l) => [l.kind, l.direction, l.otherNumber])).toEqual([
      ['supersedes', 'outgoing', 1],
      ['amends', 'outgoing', 2],
    ]);
    expect(await call(core, 'syncWorkspace', { workspaceId })).toMatchObject({ pulled: [], pushed: [], conflicts: [] });
  });
});
