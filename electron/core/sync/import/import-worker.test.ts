import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../../shared/api/sync-operations';
import { writeSyntheticLog } from '../../../../scripts/bench/synthetic-folder';
import { call, callError } from '../../testing/call';
import { bundleCoreWorker } from '../../testing/core-worker-bundle';
import { makeTempDir, openTempCore, type TempCore } from '../../testing/temp-core';

// A real worker thread on a real SQLite file: the worker is bundled here, so the test needs no `npm run build`.
const FILES = 2_000;
let buildDir: string;
let workerScript: string;
let folder: string;

beforeAll(async () => {
  buildDir = makeTempDir();
  workerScript = await bundleCoreWorker(path.join(buildDir, 'import-worker.mjs'));
  folder = path.join(buildDir, 'adr');
  writeSyntheticLog(folder, { count: FILES, dialect: 'nygard', seed: 7 });
});
afterAll(() => fs.rmSync(buildDir, { recursive: true, force: true }));

let core: TempCore;
let workspaceId: string;
beforeEach(async () => {
  core = await openTempCore({ importWorker: workerScript });
  workspaceId = (await call(core, 'createWorkspace', { name: 'Platform' })).id;
});
afterEach(() => core.dispose());

/** Resolves on the next turn of the event loop: the polls below yield to the worker's messages, they do not time anything. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Watches a promise without consuming its outcome. */
function track<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return { promise, settled: () => settled };
}

/** Polls getImportProgress until `until` holds for a reading, or the import settles; returns every reading. */
async function watchProgress(job: { settled: () => boolean }, until: (progress: ImportProgress) => boolean = () => false): Promise<ImportProgress[]> {
  const seen: ImportProgress[] = [];
  while (!job.settled()) {
    const progress = await call(core, 'getImportProgress', { workspaceId });
    if (progress) {
      seen.push(progress);
      if (until(progress)) break;
    }
    await nextTurn();
  }
  return seen;
}

describe('imports in a worker thread', () => {
  it('reports growing progress through reading and storing, and answers other calls meanwhile', async () => {
    const job = track(call(core, 'importFolder', { workspaceId, folder }));

    // The first reading of real progress: the worker has read some files and has more to go.
    const early = await watchProgress(job, (progress) => progress.phase === 'reading' && progress.done > 0);
    expect(job.settled()).toBe(false);
    // This thread is free: a search and a listing are answered while the import still runs.
    const search = await call(core, 'searchDecisions', { workspaceId, query: 'database' });
    const workspaces = await call(core, 'listWorkspaces', {});
    expect(search.total).toBe(0);
    expect(workspaces[0]?.name).toBe('Platform');
    expect(job.settled()).toBe(false);

    const rest = await watchProgress(job);
    const report = await job.promise;
    expect(report.imported).toBe(FILES);
    expect(report.applied).toBe(true);

    const readings = [...early, ...rest];
    for (const phase of ['reading', 'storing'] as const) {
      const dones = readings.filter((p) => p.phase === phase).map((p) => p.done);
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
    }
    expect(readings.some((p) => p.phase === 'storing')).toBe(true);
    const reading = readings.filter((p) => p.phase === 'reading');
    expect(reading.at(-1)?.total).toBe(FILES);
    expect(new Set(reading.map((p) => p.done)).size).toBeGreaterThan(1);
    expect(readings.every((p) => p.running && !p.preview)).toBe(true);

    expect(await call(core, 'getImportProgress', { workspaceId })).toBeNull();
    expect((await call(core, 'searchDecisions', { workspaceId, limit: 1 })).total).toBe(FILES);
    expect((await call(core, 'getSyncFolder', { workspaceId }))?.path).toBe(folder);
  });

  it('cancels while storing: nothing is kept, the folder is not linked, and a later import works', async () => {
    const job = track(call(core, 'importFolder', { workspaceId, folder }));
    await watchProgress(job, (progress) => progress.phase === 'storing');
    expect(job.settled()).toBe(false);

    expect(await call(core, 'cancelImport', { workspaceId })).toEqual({ cancelled: true });
    await expect(job.promise).rejects.toMatchObject({ error: { code: 'cancelled', message: 'The import was cancelled; nothing was stored.' } });

    expect((await call(core, 'searchDecisions', { workspaceId, limit: 1 })).total).toBe(0);
    expect(await call(core, 'getSyncFolder', { workspaceId })).toBeNull();
    expect(await call(core, 'getLastImportReport', { workspaceId })).toBeNull();
    expect(await call(core, 'getImportProgress', { workspaceId })).toBeNull();
    // The main connection writes normally again once the job is over.
    await call(core, 'updateWorkspace', { id: workspaceId, name: 'Platform team' });

    const again = await call(core, 'importFolder', { workspaceId, folder });
    expect(again.imported).toBe(FILES);
    expect((await call(core, 'searchDecisions', { workspaceId, limit: 1 })).total).toBe(FILES);
  });

  it('cancels while reading, and previews in the worker too', async () => {
    const preview = await call(core, 'importFolder', { workspaceId, folder, preview: true });
    expect(preview).toMatchObject({ applied: false, imported: FILES });

    const job = track(call(core, 'importFolder', { workspaceId, folder }));
    await watchProgress(job, (progress) => progress.phase === 'reading' && progress.done > 0);
    expect(await call(core, 'cancelImport', { workspaceId })).toEqual({ cancelled: true });
    await expect(job.promise).rejects.toMatchObject({ error: { code: 'cancelled' } });
    expect((await call(core, 'searchDecisions', { workspaceId, limit: 1 })).total).toBe(0);
  });

  it('runs one import at a time, refuses a restore meanwhile, and says when there is none to cancel', async () => {
    expect(await call(core, 'cancelImport', { workspaceId })).toEqual({ cancelled: false });
    const backup = await call(core, 'backupNow', {});
    const job = track(call(core, 'importFolder', { workspaceId, folder }));
    const second = await callError(core, 'importFolder', { workspaceId, folder });
    expect(second.code).toBe('conflict');
    const restore = await callError(core, 'restoreBackup', { file: backup.file });
    expect(restore).toMatchObject({ code: 'conflict', message: 'An import is running; wait for it to finish or cancel it, then restore.' });
    // Refused before anything was copied: the only backups are the one taken above.
    expect((await call(core, 'listBackups', {})).backups.map((b) => b.file)).not.toContainEqual(expect.stringMatching(/before-restore/));
    expect((await job.promise).imported).toBe(FILES);
  });
});
