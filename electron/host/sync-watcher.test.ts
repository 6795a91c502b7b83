import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationInput, OperationName } from '../../shared/api/contract';
import type { SyncResult } from '../../shared/api/sync-operations';
import type { Core } from '../core/core';
import { watchSyncFolders, type SyncWatcher } from './sync-watcher';
import { call } from '../core/testing/call';
import { copyCorpusFolder } from '../core/testing/corpus-folders';
import { createWorkspace, makeTempDir, openTempCore, type TempCore } from '../core/testing/temp-core';

let core: TempCore;
let scratch: string;
let watcher: SyncWatcher | undefined;

beforeEach(async () => {
  core = await openTempCore();
  scratch = makeTempDir();
});
afterEach(() => {
  watcher?.close();
  core.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** The core as the watcher sees it, with the operations it called and the paths of each sync. */
function recorded(target: Core) {
  const calls: OperationName[] = [];
  const syncPaths: (readonly string[] | undefined)[] = [];
  const call: Core['call'] = <K extends OperationName>(operation: K, input: OperationInput<K>) => {
    calls.push(operation);
    if (operation === 'syncWorkspace') syncPaths.push((input as OperationInput<'syncWorkspace'>).paths);
    return target.call(operation, input);
  };
  return { calls, syncPaths, core: { call, subscribe: target.subscribe } };
}

async function importedWorkspace(): Promise<{ workspaceId: string; folder: string }> {
  const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
  const workspaceId = (await createWorkspace(core)).id;
  await call(core, 'importFolder', { workspaceId, folder });
  return { workspaceId, folder };
}

async function decisionTitled(workspaceId: string, title: string) {
  const found = (await call(core, 'searchDecisions', { workspaceId, query: title })).items.find((d) => d.title === title);
  if (!found) throw new Error(`no decision "${title}"`);
  return call(core, 'getDecision', { id: found.id });
}

const MARKDOWN = '0004-markdown-format.md';

describe('watching linked folders', () => {
  it('syncs a workspace after a file in its folder changes', async () => {
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    const workspaceId = (await createWorkspace(core)).id;
    await call(core, 'importFolder', { workspaceId, folder });
    const synced: SyncResult[] = [];
    const ready = new Promise<void>((resolve) => setTimeout(resolve, 300));
    watcher = watchSyncFolders(core, { quietMs: 50, onSynced: (_id, result) => synced.push(result) });
    await ready;

    const file = path.join(folder, '0004-markdown-format.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Accepted', 'Rejected'));

    await expect.poll(() => synced.flatMap((r) => r.pulled), { timeout: 5_000 }).toContain('0004-markdown-format.md');
    const found = await call(core, 'searchDecisions', { workspaceId, statuses: ['rejected'] });
    expect(found.items.map((d) => d.title)).toEqual(['Markdown format']);
  });

  it('syncs a folder linked while it runs, so an edit made before its watch began is not missed', async () => {
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    const workspaceId = (await createWorkspace(core)).id;
    const synced: SyncResult[] = [];
    watcher = watchSyncFolders(core, { quietMs: 50, rescanMs: 200, onSynced: (_id, result) => synced.push(result) });
    await watcher.ready;

    await call(core, 'importFolder', { workspaceId, folder });
    // Before the next scan has found the folder: no watch sees this write.
    const file = path.join(folder, '0004-markdown-format.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Accepted', 'Rejected'));

    await expect.poll(() => synced.flatMap((r) => r.pulled), { timeout: 5_000 }).toContain('0004-markdown-format.md');
    const found = await call(core, 'searchDecisions', { workspaceId, statuses: ['rejected'] });
    expect(found.items.map((d) => d.title)).toEqual(['Markdown format']);
  });

  it('reads the whole folder at its first sync, then only the files the events named', async () => {
    const { folder } = await importedWorkspace();
    const spy = recorded(core);
    const synced: SyncResult[] = [];
    watcher = watchSyncFolders(spy.core, { quietMs: 50, onSynced: (_id, result) => synced.push(result) });
    await watcher.ready;

    const edit = (name: string, from: string, to: string) => fs.writeFileSync(path.join(folder, name), fs.readFileSync(path.join(folder, name), 'utf8').replace(from, to));
    edit(MARKDOWN, 'Accepted', 'Rejected');
    await expect.poll(() => synced.flatMap((r) => r.pulled), { timeout: 5_000 }).toContain(MARKDOWN);
    edit('0005-help-comments.md', 'Accepted', 'Rejected');
    await expect.poll(() => synced.flatMap((r) => r.pulled), { timeout: 5_000 }).toContain('0005-help-comments.md');

    expect(spy.syncPaths[0]).toBeUndefined();
    expect(spy.syncPaths.at(-1)).toEqual(['0005-help-comments.md']);
  });

  it('waits while git holds index.lock, then syncs once it is gone', async () => {
    const { workspaceId, folder } = await importedWorkspace();
    fs.mkdirSync(path.join(scratch, '.git'));
    const lock = path.join(scratch, '.git', 'index.lock');
    fs.writeFileSync(lock, '');
    const spy = recorded(core);
    const synced: SyncResult[] = [];
    const pauses: boolean[] = [];
    watcher = watchSyncFolders(spy.core, { quietMs: 50, gitPollMs: 50, onSynced: (_id, result) => synced.push(result), onGitPause: (_id, paused) => pauses.push(paused) });
    await watcher.ready;

    fs.writeFileSync(path.join(folder, MARKDOWN), fs.readFileSync(path.join(folder, MARKDOWN), 'utf8').replace('Accepted', 'Rejected'));
    await expect.poll(() => pauses, { timeout: 5_000 }).toEqual([true]);
    expect(spy.calls).not.toContain('syncWorkspace');

    fs.rmSync(lock);
    await expect.poll(() => synced.flatMap((r) => r.pulled), { timeout: 5_000 }).toEqual([MARKDOWN]);
    expect(pauses).toEqual([true, false]);
    expect(spy.syncPaths).toEqual([undefined]);
    expect((await call(core, 'searchDecisions', { workspaceId, statuses: ['rejected'] })).items.map((d) => d.title)).toEqual(['Markdown format']);
  });

  it('writes a decision saved in the app to its file at once', async () => {
    const { workspaceId, folder } = await importedWorkspace();
    watcher = watchSyncFolders(core, { quietMs: 50, saveQuietMs: 10 });
    await watcher.ready;

    const decision = await decisionTitled(workspaceId, 'Markdown format');
    await call(core, 'updateDecision', { id: decision.id, baseRevision: decision.revision, changes: { title: 'Markdown files' } });

    await expect.poll(() => fs.readFileSync(path.join(folder, MARKDOWN), 'utf8'), { timeout: 5_000 }).toContain('# 4. Markdown files');
    expect((await call(core, 'getSyncFolder', { workspaceId }))?.appChangesWaiting).toBe(false);
  });

  it('leaves a save for Sync now when the workspace does not write files on save', async () => {
    const { workspaceId, folder } = await importedWorkspace();
    await call(core, 'updateWorkspace', { id: workspaceId, writeFilesOnSave: false });
    const spy = recorded(core);
    watcher = watchSyncFolders(spy.core, { quietMs: 50, saveQuietMs: 10, rescanMs: 60_000 });
    await watcher.ready;
    const looked = spy.calls.length;

    const decision = await decisionTitled(workspaceId, 'Markdown format');
    await call(core, 'updateDecision', { id: decision.id, baseRevision: decision.revision, changes: { title: 'Markdown files' } });

    // The watcher looks at the setting after the save, and goes no further.
    await expect.poll(() => spy.calls.slice(looked), { timeout: 5_000 }).toContain('listWorkspaces');
    expect(spy.calls).not.toContain('syncWorkspace');
    expect(fs.readFileSync(path.join(folder, MARKDOWN), 'utf8')).not.toContain('Markdown files');
    expect((await call(core, 'syncWorkspace', { workspaceId })).pushed).toEqual([MARKDOWN]);
  });
});
