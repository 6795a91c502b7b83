import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncResult } from '../../shared/api/sync-operations';
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
});
