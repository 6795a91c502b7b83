import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Decision } from '../../../shared/domain/decision';
import { call } from '../testing/call';
import { copyCorpusFolder } from '../testing/corpus-folders';
import { createWorkspace, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';
import { SyncStore } from './sync-store';

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
  vi.restoreAllMocks();
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

  it('reads the rows of the reported files only, not those of every file of the workspace', async () => {
    const everyRow = [vi.spyOn(SyncStore.prototype, 'tracked'), vi.spyOn(SyncStore.prototype, 'files')];
    fs.writeFileSync(file(MARKDOWN), fs.readFileSync(file(MARKDOWN), 'utf8').replace('Accepted', 'Rejected'));
    expect((await syncPaths([MARKDOWN])).pulled).toEqual([MARKDOWN]);
    for (const spy of everyRow) expect(spy).not.toHaveBeenCalled();
    await call(core, 'syncWorkspace', { workspaceId });
    expect(everyRow[0]).toHaveBeenCalled();
  });
});

describe('a sync of the paths a watcher reported, next to a full sync of the same edit', () => {
  const HELP_SCRIPTS = '0009-help-scripts.md';
  // Linked to neither side of the edit, so not read as a knock-on either.
  const UNREPORTED = MARKDOWN;
  let twin: TempCore;
  let twinFolder: string;
  let twinWorkspaceId: string;
  beforeEach(async () => {
    twin = await openTempCore();
    twinFolder = copyCorpusFolder('adr-tools', path.join(scratch, 'twin'));
    twinWorkspaceId = (await createWorkspace(twin)).id;
    await call(twin, 'importFolder', { workspaceId: twinWorkspaceId, folder: twinFolder });
    await call(twin, 'syncWorkspace', { workspaceId: twinWorkspaceId });
  });
  afterEach(() => twin.dispose());

  /** What a person sees of a decision, without what differs between two databases (ids, times). */
  const seen = async (on: TempCore, id: string) => {
    const { id: _id, workspaceId: _workspace, createdAt: _created, updatedAt: _updated, links, ...rest } = await call(on, 'getDecision', { id });
    return { ...rest, links: links.map(({ otherId: _other, ...link }: Decision['links'][number]) => link) };
  };
  const byNumber = async (on: TempCore, inWorkspace: string, number: number) => {
    const found = (await call(on, 'searchDecisions', { workspaceId: inWorkspace, limit: 100 })).items.find((item) => item.number === number);
    if (!found) throw new Error(`no decision ${number}`);
    return seen(on, found.id);
  };
  // A file now rejected, amending another one more, named in other letter cases than its file's.
  const edit = (inFolder: string) => {
    const target = path.join(inFolder, HELP_SCRIPTS);
    const text = fs.readFileSync(target, 'utf8').replace('Accepted', 'Rejected');
    fs.writeFileSync(target, text.replace('Amends [5.', 'Amends [3. Single command](0003-Single-Command-With-Subcommands.md)\n\nAmends [5.'));
  };

  it('ends as the full sync ends for the reported file, and leaves an unreported edit to the next full sync', async () => {
    edit(folder);
    fs.writeFileSync(file(UNREPORTED), fs.readFileSync(file(UNREPORTED), 'utf8').replace('Accepted', 'Superseded'));
    edit(twinFolder);

    const live = await syncPaths([HELP_SCRIPTS]);
    const full = await call(twin, 'syncWorkspace', { workspaceId: twinWorkspaceId });
    expect(live).toEqual(full);
    expect(live.pulled).toEqual([HELP_SCRIPTS]);
    const pulled = await byNumber(core, workspaceId, 9);
    expect(pulled).toEqual(await byNumber(twin, twinWorkspaceId, 9));
    expect(pulled.links.map((link) => [link.kind, link.direction, link.otherNumber])).toEqual([
      ['amends', 'outgoing', 3],
      ['amends', 'outgoing', 5],
    ]);
    expect(fs.readFileSync(file(HELP_SCRIPTS), 'utf8')).toBe(fs.readFileSync(path.join(twinFolder, HELP_SCRIPTS), 'utf8'));
    expect((await byNumber(core, workspaceId, 4)).status).toBe('accepted');

    expect((await call(core, 'syncWorkspace', { workspaceId })).pulled).toEqual([UNREPORTED]);
    expect((await byNumber(core, workspaceId, 4)).status).toBe('superseded');
  });
});
