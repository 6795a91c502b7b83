import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/api/api-result';
import type { ImportProgress, ImportReport } from '../../../../shared/api/sync-operations';
import { BUSY_TIMEOUT_MS } from '../../db';
import type { ImportFolderInput } from './import-folder';
import type { ImportJobData, ImportWorkerMessage } from './import-job-messages';

/**
 * How long the main connection waits for a lock while an import is stored. The worker holds the write
 * lock for the whole transaction; a write from the main thread would block every other call for up to
 * the usual busy timeout, so it gives up quickly instead, as a 'busy' error the person can retry.
 */
export const BUSY_TIMEOUT_DURING_IMPORT_MS = 100;

/** Imports (and previews) run by an import worker, one at a time, with their progress and a way to cancel. */
export interface ImportRunner {
  /** Runs the import in the worker; resolves with its report, or fails as the import did ('cancelled' when cancelled). */
  run(input: ImportFolderInput): Promise<ImportReport>;
  /** The running job of the workspace, or null. */
  progress(workspaceId: string): ImportProgress | null;
  /** Asks the running job of the workspace to stop and waits for it: `cancelled` says whether it ended without storing. */
  cancel(workspaceId: string): Promise<{ cancelled: boolean }>;
  /** Whether any job is running (a restore from backup waits for none). */
  busy(): boolean;
  /** Stops a running job (its transaction rolls back) as the core closes. */
  close(): void;
}

interface Job {
  input: ImportFolderInput;
  worker: Worker;
  cancel: Int32Array;
  progress: ImportProgress;
  ended: Promise<ImportReport>;
}

export interface ImportRunnerOptions {
  /** The built import-worker.js. */
  script: string;
  dbPath: string;
  /** The main connection (a getter: a restore replaces it), whose busy timeout is lowered while a job stores. */
  db: () => Database;
  now: () => Date;
}

export function createImportRunner(options: ImportRunnerOptions): ImportRunner {
  let job: Job | null = null;

  const start = (input: ImportFolderInput): Promise<ImportReport> => {
    if (job) {
      const { done, total } = job.progress;
      const what = job.progress.preview ? 'An import preview' : 'An import';
      throw new AppError('conflict', `${what} is already running (${done} of ${total}); wait for it or cancel it first.`, 'folder');
    }
    const cancel = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const cancelFlag = new Int32Array(cancel);
    const data: ImportJobData = { dbPath: options.dbPath, input, at: options.now().toISOString(), cancel };
    const worker = new Worker(options.script, { workerData: data });
    const db = options.db();
    if (!input.preview) db.pragma(`busy_timeout = ${BUSY_TIMEOUT_DURING_IMPORT_MS}`);
    const progress: ImportProgress = { running: true, phase: 'reading', done: 0, total: 0, preview: input.preview };

    const ended = new Promise<ImportReport>((resolve, reject) => {
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        if (!input.preview && db.open) db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
        job = null;
        outcome();
      };
      worker.on('message', (message: ImportWorkerMessage) => {
        switch (message.type) {
          case 'progress':
            Object.assign(progress, { phase: message.phase, done: message.done, total: message.total });
            return;
          case 'done':
            return settle(() => resolve(message.report));
          case 'failed':
            return settle(() => reject(new AppError(message.error.code, message.error.message, message.error.field)));
          case 'crashed':
            return settle(() => reject(Object.assign(new Error(message.message), { stack: message.stack })));
        }
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', (code) =>
        settle(() =>
          reject(
            Atomics.load(cancelFlag, 0) !== 0
              ? new AppError('cancelled', 'The import was cancelled; nothing was stored.')
              : new Error(`The import worker stopped (exit code ${code}) before it finished.`),
          ),
        ),
      );
    });
    job = { input, worker, cancel: cancelFlag, progress, ended };
    return ended;
  };

  return {
    run: (input) => Promise.resolve().then(() => start(input)),
    progress: (workspaceId) => (job && job.input.workspaceId === workspaceId ? { ...job.progress } : null),
    async cancel(workspaceId) {
      const running = job;
      if (!running || running.input.workspaceId !== workspaceId) return { cancelled: false };
      Atomics.store(running.cancel, 0, 1);
      // The worker stops at its next file or write; what counts is how the job ended (it may have just committed).
      const outcome = await running.ended.then(
        () => 'stored',
        () => 'stopped',
      );
      return { cancelled: outcome !== 'stored' };
    },
    busy: () => job !== null,
    close() {
      const running = job;
      if (!running) return;
      Atomics.store(running.cancel, 0, 1);
      void running.worker.terminate();
    },
  };
}
