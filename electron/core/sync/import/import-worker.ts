// The import worker (worker_threads): runs one import or preview on its own connection to cairn.db, so
// the main thread (the web host, Electron's main process) keeps answering while thousands of files are
// read and stored. Progress goes to the parent; a shared flag the parent sets cancels the import.
// The same script, started as the sync worker, runs the syncs and previews posted to it (sync-worker-job.ts).
import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { AppError } from '../../../../shared/api/api-result';
import { setConnectionPragmas } from '../../db';
import { runSyncJob } from '../sync-worker-job';
import { workerContext } from '../worker-context';
import { importFolder } from './import-folder';
import { onImportProgress } from './import-progress';
import type { ImportJobData, ImportWorkerMessage } from './import-job-messages';
import { isSyncWorker, type SyncJobData, type SyncWorkerMessage } from '../sync-job-messages';

/** Progress is posted at most this often (and at each phase change and at the end): messages are cheap, not free. */
const POST_EVERY_FILES = 50;
const POST_EVERY_MS = 100;

function post(message: ImportWorkerMessage | SyncWorkerMessage): void {
  parentPort?.postMessage(message);
}

async function run(data: ImportJobData): Promise<void> {
  const cancel = new Int32Array(data.cancel);
  // The main core opened (and migrated) the database already: this connection only sets its pragmas.
  const db = new SqliteDatabase(data.dbPath, { fileMustExist: true });
  let lastDone = -1;
  let lastAt = 0;
  let lastPhase: string | null = null;
  const stopListening = onImportProgress((done, total, phase) => {
    // Thrown between two files, or between two writes of the transaction, which it then rolls back.
    if (Atomics.load(cancel, 0) !== 0) throw new AppError('cancelled', 'The import was cancelled; nothing was stored.');
    const now = Date.now();
    if (phase === lastPhase && done !== total && done - lastDone < POST_EVERY_FILES && now - lastAt < POST_EVERY_MS) return;
    lastDone = done;
    lastAt = now;
    lastPhase = phase;
    post({ type: 'progress', phase, done, total });
  });
  try {
    setConnectionPragmas(db);
    // One moment for the whole job: the parent's clock (tests fix it) cannot be called from here.
    const ctx = workerContext(db, new Date(data.at));
    const report = await importFolder(ctx, data.input);
    post({ type: 'done', report });
  } catch (error) {
    if (error instanceof AppError) post({ type: 'failed', error: { code: error.code, message: error.message, field: error.field } });
    else post({ type: 'crashed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
  } finally {
    stopListening();
    db.close();
  }
}

if (isSyncWorker(workerData)) parentPort?.on('message', (job: SyncJobData) => void runSyncJob(job, post));
else void run(workerData as ImportJobData);
