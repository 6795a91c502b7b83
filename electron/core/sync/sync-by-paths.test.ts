import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../testing/call';
import { copyCorpusFolder } from '../testing/corpus-folders';
import { createWorkspace, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

// A live sync reads only the files a watcher saw change; every other file is taken as the last sync
// left it. These are the changes a watcher reports, each synced by its paths alone.

let core: TempCore;
let scratch: string;
let folder: string;
let workspaceId: string;

beforeEach(async () => {
  core = await openTempCore();
  scratch = makeTempDir();
  folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
  workspaceId = (await createWorkspace(core)).id;
  await call(core, 'importFolder', { workspaceId, folder });
  await call(core, 'syncWorkspace', { workspaceId });
});
afterEach(() => {
  core.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const MARKDOWN = '0004-markdown-format.md';
const file = (name: string) => path.join(folder, name);
const syncPaths = (paths: string[]) => call(core, 'syncWorkspace', { workspaceId, paths });
const titles = async () => (await call(core, 'searchDecisions', { workspaceId, limit: 100 })).items.map((d) => d.title).sort();

describe('a sync of the paths a watcher reported', () => {
  it('brings in an edited file', async () => {
    fs.writeFileSync(file(MARKDOWN), fs.readFileSync(file(MARKDOWN), 'utf8').replace('Accepted', 'Rejected'));
    expect((await syncPaths([MARKDOWN])).pulled).toEqual([MARKDOWN]);
    const found = await call(core, 'searchDecisions', { workspaceId, statuses: ['rejected'] });
    expect(found.items.map((d) => d.title)).toEqual(['Markdown format']);
  });

  it('brings in a new file and moves the decision of a deleted one to the trash', async () => {
    fs.writeFileSync(file('0010-use-sqlite.md'), '# 10. Use SQLite\n\nDate: 2025-06-01\n\n## Status\n\nProposed\n\n## Context\n\nOne file.\n');
    expect((await syncPaths(['0010-use-sqlite.md'])).pulled).toEqual(['0010-use-sqlite.md']);
    fs.rmSync(file(MARKDOWN));
    expect((await syncPaths([MARKDOWN])).deleted).toEqual([MARKDOWN]);
    const now = await titles();
    expect(now).toContain('Use SQLite');
    expect(now).not.toContain('Markdown format');
  });

  it('follows a file renamed on disk when both of its names are reported', async () => {
    fs.renameSync(file(MARKDOWN), file('0004-markdown-files.md'));
    const result = await syncPaths([MARKDOWN, '0004-markdown-files.md']);
    expect(result.renamed).toEqual([{ from: MARKDOWN, to: '0004-markdown-files.md' }]);
    expect(result.deleted).toEqual([]);
    expect(await titles()).toContain('Markdown format');
  });

  it('leaves files it was not told about as they are', async () => {
    const other = '0005-help-comments.md';
    fs.writeFileSync(file(other), fs.readFileSync(file(other), 'utf8').replace('Accepted', 'Rejected'));
    expect((await syncPaths([MARKDOWN])).pulled).toEqual([]);
    expect((await call(core, 'syncWorkspace', { workspaceId })).pulled).toEqual([other]);
  });

  it('reads the file of a decision changed in the app before writing it, so an unreported disk edit becomes a conflict', async () => {
    const decision = (await call(core, 'searchDecisions', { workspaceId, query: 'Markdown format' })).items[0];
    if (!decision) throw new Error('no Markdown format decision');
    const full = await call(core, 'getDecision', { id: decision.id });
    await call(core, 'updateDecision', { id: decision.id, baseRevision: full.revision, changes: { title: 'Markdown files' } });
    fs.writeFileSync(file(MARKDOWN), fs.readFileSync(file(MARKDOWN), 'utf8').replace('Accepted', 'Rejected'));

    const result = await syncPaths([]);
    expect(result.conflicts).toEqual([MARKDOWN]);
    expect(fs.readFileSync(file(MARKDOWN), 'utf8')).toContain('Rejected');
  });

  it('writes the file of a decision changed in the app, reading no other file', async () => {
    const decision = (await call(core, 'searchDecisions', { workspaceId, query: 'Markdown format' })).items[0];
    if (!decision) throw new Error('no Markdown format decision');
    const full = await call(core, 'getDecision', { id: decision.id });
    await call(core, 'updateDecision', { id: decision.id, baseRevision: full.revision, changes: { title: 'Markdown files' } });
    expect((await syncPaths([])).pushed).toEqual([MARKDOWN]);
    expect(fs.readFileSync(file(MARKDOWN), 'utf8')).toContain('Markdown files');
  });
});
