import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/api/change-event';
import { writeSyntheticLog } from '../../../scripts/bench/synthetic-folder';
import { call, callError } from '../testing/call';
import { bundleCoreWorker } from '../testing/core-worker-bundle';
import { makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

// Issue 21, point 5: a sync reads and parses the whole folder; on the host's own thread the web host
// answered nothing until it ended. With the worker, a sync runs on its own thread and connection.
const FILES = 2_000;
let buildDir: string;
let workerScript: string;
let source: string;

beforeAll(async () => {
  buildDir = makeTempDir();
  workerScript = await bundleCoreWorker(path.join(buildDir, 'import-worker.mjs'));
  source = path.join(buildDir, 'adr');
  writeSyntheticLog(source, { count: FILES, dialect: 'nygard', seed: 11 });
}, 60_000);
afterAll(() => fs.rmSync(buildDir, { recursive: true, force: true }));

let core: TempCore;
let workspaceId: string;
let folder: string;
let events: ChangeEvent[];
beforeEach(async () => {
  core = await openTempCore({ importWorker: workerScript });
  workspaceId = (await call(core, 'createWorkspace', { name: 'Platform' })).id;
  folder = path.join(core.dataDir, 'linked');
  fs.cpSync(source, folder, { recursive: true });
  await call(core, 'linkSyncFolder', { workspaceId, path: folder, dialect: 'nygard' });
  events = [];
  core.subscribe((event) => events.push(event));
});
afterEach(() => core.dispose());

/** The order in which the promises settled, by name. */
function settlingOrder(calls: Record<string, Promise<unknown>>): Promise<string[]> {
  const order: string[] = [];
  return Promise.all(Object.entries(calls).map(([name, promise]) => promise.then(() => order.push(name)))).then(() => order);
}

describe('a sync on the worker thread', () => {
  it('lets a request made while it runs be answered before it ends, and still pulls every file', async () => {
    const sync = call(core, 'syncWorkspace', { workspaceId });
    const order = await settlingOrder({
      sync,
      workspaces: call(core, 'listWorkspaces', {}),
      search: call(core, 'searchDecisions', { workspaceId, limit: 5 }),
    });
    expect(order.indexOf('sync')).toBe(2);
    const result = await sync;
    expect(result.pulled).toHaveLength(FILES);
    expect(result.problems).toEqual([]);
    expect((await call(core, 'searchDecisions', { workspaceId, limit: 1 })).total).toBe(FILES);
    // The worker's commit is announced as the sync's change, as one made on this thread is.
    expect(events.filter((event) => event.scope === 'records').flatMap((event) => event.changes.map((change) => change.kind))).toEqual(['sync', 'decision']);
  });

  it('answers a preview while it reads the folder, and then says what a sync would do', async () => {
    const preview = call(core, 'previewSync', { workspaceId });
    const order = await settlingOrder({ preview, workspaces: call(core, 'listWorkspaces', {}) });
    expect(order).toEqual(['workspaces', 'preview']);
    expect((await preview).actions).toHaveLength(FILES);
  });

  it('runs two syncs asked at once one after the other, the second finding the folder in step', async () => {
    const first = call(core, 'syncWorkspace', { workspaceId });
    const second = call(core, 'syncWorkspace', { workspaceId });
    expect(await settlingOrder({ first, second })).toEqual(['first', 'second']);
    expect((await first).pulled).toHaveLength(FILES);
    expect(await second).toMatchObject({ pulled: [], pushed: [], conflicts: [], problems: [] });
  });

  it('answers previews asked while a sync runs with the folder as that sync left it', async () => {
    const sync = call(core, 'syncWorkspace', { workspaceId });
    const previews = [call(core, 'previewSync', { workspaceId }), call(core, 'previewSync', { workspaceId }), call(core, 'previewSync', { workspaceId })];
    expect((await sync).pulled).toHaveLength(FILES);
    for (const preview of await Promise.all(previews)) {
      expect(preview.actions.filter((action) => action.kind !== 'leave')).toEqual([]);
    }
    // The worker stays for the next job, and a sync after the previews still sees a new edit.
    const file = path.join(folder, fs.readdirSync(folder).find((name) => name.startsWith('0001-')) as string);
    fs.appendFileSync(file, '\nEdited after the previews.\n');
    expect((await call(core, 'syncWorkspace', { workspaceId })).pulled).toHaveLength(1);
  });

  it('says why a sync could not run, with the code and field it has on the host thread', async () => {
    expect(await callError(core, 'syncWorkspace', { workspaceId: crypto.randomUUID() })).toMatchObject({ code: 'not_found', field: 'workspaceId' });
    const unlinked = (await call(core, 'createWorkspace', { name: 'Unlinked' })).id;
    expect(await callError(core, 'syncWorkspace', { workspaceId: unlinked })).toMatchObject({ code: 'invalid_input', field: 'workspaceId' });
  });

  it('refuses a restore while a sync runs, and restores once it ended', async () => {
    const backup = await call(core, 'backupNow', {});
    const sync = call(core, 'syncWorkspace', { workspaceId });
    expect(await callError(core, 'restoreBackup', { file: backup.file })).toMatchObject({ code: 'conflict', message: 'A sync is running; wait for it to finish, then restore.' });
    await sync;
    await call(core, 'restoreBackup', { file: backup.file });
    expect((await call(core, 'searchDecisions', { workspaceId, limit: 1 })).total).toBe(0);
  });
});
