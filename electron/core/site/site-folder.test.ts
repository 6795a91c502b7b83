import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unsafeMarkup } from '../../../shared/site/site-markup.test-support';
import { call, callError } from '../testing/call';
import { CORPUS_FOLDERS, corpusFolder } from '../testing/corpus-folders';
import { createWorkspace, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let scratch: string;
beforeEach(async () => {
  core = await openTempCore();
  scratch = makeTempDir();
});
afterEach(() => {
  core.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function filesIn(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => fs.statSync(path.join(folder, name)).isFile()).map((name) => name.split(path.sep).join('/')).sort();
}

describe('publishing a workspace as a static site', () => {
  it('publishes every real folder of the corpus with nothing from a record that could run or load', async () => {
    for (const name of Object.keys(CORPUS_FOLDERS) as (keyof typeof CORPUS_FOLDERS)[]) {
      const workspace = await createWorkspace(core, `Corpus ${name}`);
      const imported = await call(core, 'importFolder', { workspaceId: workspace.id, folder: corpusFolder(name) });
      const site = path.join(scratch, name);
      const result = await call(core, 'publishSite', { workspaceId: workspace.id, folder: site });
      const files = filesIn(site).filter((file) => file !== '.cairn-site');
      expect(files, name).toHaveLength(result.pages);
      const pages = files.filter((file) => file.endsWith('.html'));
      expect(pages.filter((file) => file.startsWith('decisions/')), name).toHaveLength(imported.imported);
      for (const file of pages) expect(unsafeMarkup(fs.readFileSync(path.join(site, file), 'utf8')), `${name}: ${file}`).toEqual([]);
    }
  });

  it('writes nothing the second time, and after an edit of its text only its page and the search index', async () => {
    const workspace = await createWorkspace(core);
    await call(core, 'importFolder', { workspaceId: workspace.id, folder: corpusFolder('adr-tools') });
    const site = path.join(scratch, 'site');
    const first = await call(core, 'publishSite', { workspaceId: workspace.id, folder: site });
    expect(first).toMatchObject({ folder: site, unchanged: 0, removed: [] });
    expect(first.written).toHaveLength(first.pages);
    const before = new Map(filesIn(site).map((file) => [file, fs.statSync(path.join(site, file)).mtimeMs]));

    const again = await call(core, 'publishSite', { workspaceId: workspace.id, folder: site });
    expect(again).toMatchObject({ written: [], unchanged: first.pages, removed: [] });
    for (const [file, mtime] of before) expect(fs.statSync(path.join(site, file)).mtimeMs, file).toBe(mtime);

    const { items } = await call(core, 'searchDecisions', { workspaceId: workspace.id });
    const lonely = items.find((item) => item.number === 5);
    const decision = await call(core, 'getDecision', { id: lonely?.id as string });
    await call(core, 'updateDecision', { id: decision.id, baseRevision: decision.revision, changes: { context: 'Written again in the app.' } });
    const edited = await call(core, 'publishSite', { workspaceId: workspace.id, folder: site });
    expect(edited.written).toEqual(['search/part-1.js', 'decisions/0005.html']);
    expect(fs.readFileSync(path.join(site, 'decisions/0005.html'), 'utf8')).toContain('Written again in the app.');
  });

  it('after a retitle rewrites the pages that show the title: its own, the linking ones, the lists, and no other', async () => {
    const workspace = await createWorkspace(core);
    const target = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Use Postgres', tags: ['db'] } });
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Use Postgres 16', status: 'accepted' }, links: [{ kind: 'supersedes', toId: target.id }] });
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Unrelated', status: 'accepted', tags: ['ops'] } });
    const site = path.join(scratch, 'site');
    const baseUrl = 'https://team.github.io/decisions/';
    await call(core, 'publishSite', { workspaceId: workspace.id, folder: site, baseUrl });

    const current = await call(core, 'getDecision', { id: target.id });
    await call(core, 'updateDecision', { id: target.id, baseRevision: current.revision, changes: { title: 'Use PostgreSQL' } });
    const result = await call(core, 'publishSite', { workspaceId: workspace.id, folder: site, baseUrl });
    expect([...result.written].sort()).toEqual([
      'decisions/0001.html',
      'decisions/0002.html',
      'feed.xml',
      'graph.html',
      'index.html',
      'search/part-1.js',
      'status/superseded.html',
      'tags/db.html',
      'timeline.html',
    ]);
    expect(fs.readFileSync(path.join(site, 'decisions/0002.html'), 'utf8')).toContain('Supersedes <a href="0001.html">0001. Use PostgreSQL</a>');
  });

  it('gives canonical links and the feed absolute addresses under the base URL, and keeps links between pages relative', async () => {
    const workspace = await createWorkspace(core);
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Publish the log' } });
    const site = path.join(scratch, 'site');
    await call(core, 'publishSite', { workspaceId: workspace.id, folder: site, baseUrl: 'https://team.gitlab.io/platform/decisions' });
    const page = fs.readFileSync(path.join(site, 'decisions/0001.html'), 'utf8');
    expect(page).toContain('<link rel="canonical" href="https://team.gitlab.io/platform/decisions/decisions/0001.html">');
    expect(page).toContain('<a href="../index.html">All decisions</a>');
    const feed = fs.readFileSync(path.join(site, 'feed.xml'), 'utf8');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://team.gitlab.io/platform/decisions/feed.xml"/>');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://team.gitlab.io/platform/decisions/decisions/0001.html"/>');
  });

  it('names the base URL when it is not a web address', async () => {
    const workspace = await createWorkspace(core);
    const error = await callError(core, 'publishSite', { workspaceId: workspace.id, folder: path.join(scratch, 'site'), baseUrl: 'javascript:alert(1)' });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'baseUrl' });
  });

  it('removes the page of a deleted decision and the views it alone was in', async () => {
    const workspace = await createWorkspace(core);
    const kept = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Kept' } });
    const gone = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Gone', tags: ['only-here'] } });
    const site = path.join(scratch, 'site');
    await call(core, 'publishSite', { workspaceId: workspace.id, folder: site });
    expect(filesIn(site)).toContain('tags/only-here.html');

    await call(core, 'deleteDecision', { id: gone.id });
    const result = await call(core, 'publishSite', { workspaceId: workspace.id, folder: site });
    expect(result.removed).toEqual(['decisions/0002.html', 'tags/only-here.html']);
    expect(filesIn(site)).toEqual(['.cairn-site', 'decisions/0001.html', 'filters.js', 'graph.html', 'index.html', 'search/part-1.js', 'status/proposed.html', 'timeline.html']);
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toContain(kept.title);
  });

  it('writes a new page through no link put at its name or in place of its folder', async () => {
    const workspace = await createWorkspace(core);
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'First' } });
    const site = path.join(scratch, 'site');
    await call(core, 'publishSite', { workspaceId: workspace.id, folder: site });
    const outside = path.join(scratch, 'outside.html');
    fs.writeFileSync(outside, 'not the site’s');
    fs.symlinkSync(outside, path.join(site, 'decisions', '0002.html'));
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Second' } });
    expect(await callError(core, 'publishSite', { workspaceId: workspace.id, folder: site })).toMatchObject({ code: 'internal', field: 'folder' });
    expect(fs.readFileSync(outside, 'utf8')).toBe('not the site’s');

    const elsewhere = path.join(scratch, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.rmSync(path.join(site, 'decisions'), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(site, 'decisions'));
    expect(await callError(core, 'publishSite', { workspaceId: workspace.id, folder: site })).toMatchObject({ code: 'internal', message: expect.stringContaining('symbolic link') });
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it('refuses a folder holding files of its own, and touches none of them', async () => {
    const workspace = await createWorkspace(core);
    const folder = path.join(scratch, 'docs');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'index.html'), 'the team’s own page');
    const error = await callError(core, 'publishSite', { workspaceId: workspace.id, folder });
    expect(error).toMatchObject({ code: 'conflict', field: 'folder', message: expect.stringContaining('not a site Cairn published') });
    expect(filesIn(folder)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(folder, 'index.html'), 'utf8')).toBe('the team’s own page');
  });

  it('names the missing workspace', async () => {
    const error = await callError(core, 'publishSite', { workspaceId: '00000000-0000-4000-8000-000000000000', folder: path.join(scratch, 'site') });
    expect(error).toMatchObject({ code: 'not_found', field: 'workspaceId' });
  });
});
