import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncResult } from '../../shared/api/sync-operations';
import { writeSyntheticLog } from '../../scripts/bench/synthetic-folder';
import { watchSyncFolders, type SyncWatcher } from './sync-watcher';
import { call } from '../core/testing/call';
import { createWorkspace, fixedClock, makeTempDir, openTempCore, type TempCore } from '../core/testing/temp-core';

// As once reported: the watcher (which syncs shortly after a change) saw a linked folder
// go briefly empty (an unmounted drive, a checkout of a branch without it) and sent every decision to
// the trash by itself; when the files came back, decisions made in the app were refused as copies and
// imported ones came back as new records. Here the watcher runs while the files go and come back.

let core: TempCore;
let scratch: string;
let watcher: SyncWatcher | undefined;

beforeEach(async () => {
  core = await openTempCore({ now: fixedClock('2026-06-15T12:00:00Z').now });
  scratch = makeTempDir();
});
afterEach(() => {
  watcher?.close();
  core.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const moveAll = (from: string, to: string) => {
  for (const name of fs.readdirSync(from)) fs.renameSync(path.join(from, name), path.join(to, name));
};
const snapshot = (dir: string) => Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));

describe.each([
  { imported: 5, made: 3 },
  { imported: 2_000, made: 3 },
])('a watched folder of $imported imported and $made new decisions that empties and fills again', ({ imported, made }) => {
  it('is never taken for deletions: every decision stays live, once, with its history, and nothing is a copy or a conflict', async () => {
    const folder = path.join(scratch, 'doc', 'adr');
    writeSyntheticLog(folder, { count: imported, dialect: 'nygard', seed: 21 });
    const aside = path.join(scratch, 'aside');
    fs.mkdirSync(aside);
    const workspaceId = (await createWorkspace(core)).id;
    await call(core, 'importFolder', { workspaceId, folder });
    for (let i = 1; i <= made; i++) await call(core, 'createDecision', { workspaceId, template: 'nygard', content: { title: `Made in the app ${i}`, context: 'Because.' } });
    expect((await call(core, 'syncWorkspace', { workspaceId })).pushed).toHaveLength(made);
    const total = imported + made;
    const before = snapshot(folder);
    const made1 = (await call(core, 'searchDecisions', { workspaceId, query: 'Made in the app 1' })).items[0];
    if (!made1) throw new Error('the decision made in the app is missing');
    const history = await call(core, 'listRevisions', { decisionId: made1.id });

    const synced: SyncResult[] = [];
    // The watcher's own quiet time: files moved one by one must not be synced halfway through.
    watcher = watchSyncFolders(core, { onSynced: (_id, result) => synced.push(result) });
    await watcher.ready;

    moveAll(folder, aside);
    // The watcher's own sync, by itself, waits and says why.
    await expect.poll(() => synced.some((result) => result.unavailable?.reason === 'lost-files'), { timeout: 15_000 }).toBe(true);
    const waited = synced.find((result) => result.unavailable);
    expect(waited?.unavailable?.message).toBe(`The folder lost ${total.toLocaleString('en')} of ${total.toLocaleString('en')} files since the last sync. Was it moved or unmounted? Nothing was changed.`);
    expect(synced.flatMap((result) => result.deleted)).toEqual([]);
    expect((await call(core, 'searchDecisions', { workspaceId, limit: 1 })).total).toBe(total);

    const seen = synced.length;
    moveAll(aside, folder);
    await expect.poll(() => synced.slice(seen).some((result) => !result.unavailable), { timeout: 15_000 }).toBe(true);
    watcher.close();
    watcher = undefined;

    const after = await call(core, 'syncWorkspace', { workspaceId });
    expect(after).toEqual({ pulled: [], pushed: [], deleted: [], renamed: [], conflicts: [], duplicates: [], problems: [] });
    expect(synced.flatMap((result) => [...result.deleted, ...result.conflicts, ...result.problems.map((problem) => problem.file)])).toEqual([]);
    expect(snapshot(folder)).toEqual(before);
    // Every decision once: no new records beside the old ones, none left in the trash.
    expect((await call(core, 'searchDecisions', { workspaceId, limit: 1 })).total).toBe(total);
    expect((await call(core, 'listDecisionFiles', { workspaceId })).length).toBe(total);
    expect(await call(core, 'listSyncConflicts', { workspaceId })).toEqual([]);
    expect(await call(core, 'listRevisions', { decisionId: made1.id })).toEqual(history);
    // Writing and importing 2,000 files takes most of this on a busy machine.
  }, 180_000);
});
