import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/api-result';
import type { SyncPreview, SyncResult } from '../../../shared/api/sync-operations';
import { BUSY_TIMEOUT_MS } from '../db';
import { BUSY_TIMEOUT_DURING_IMPORT_MS } from './import/import-jobs';
import { SYNC_WORKER_DATA, type SyncJobData, type SyncJobKind, type SyncWorkerMessage } from './sync-job-messages';
import type { SyncInput } from './sync-workspace';

/**
 * Syncs and sync previews run on a worker thread (issue 21, point 5): reading a folder of 10,000
 * files, or one file with 88,000 front-matter keys, held the web host silent for as long as it took.
 * They run one at a time, in the order asked, on one worker kept for them: the watcher's sync and a
 * Sync now of the same folder follow each other instead of racing for the write lock.
 */
export interface SyncRunner {
  sync(input: SyncInput): Promise<SyncResult>;
  preview(input: SyncInput): Promise<SyncPreview>;
  /** Whether a sync is running or waiting (a restore from backup waits for none). */
  busy(): boolean;
  /** Stops the running sync (its transaction rolls back) as the core closes. */
  close(): void;
}

export interface SyncRunnerOptions {
  /** The built import-worker.js, which runs sync jobs too. */
  script: string;
  dbPath: string;
  /** The main connection (a getter: a restore replaces it), whose busy timeout is lowered while a sync writes. */
  db: () => Database;
  now: () => Date;
  /** Whether an import is running, which lowered the busy timeout too and restores it itself when it ends. */
  importing: () => boolean;
  /**
   * Told when a sync has committed, in the caller's async context: the worker's commit is not the main
   * connection's, so the change feed hears of it here, as the sync's change.
   */
  onCommit?: () => void;
}

export function createSyncRunner(options: SyncRunnerOptions): SyncRunner {
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  // One worker for every sync and preview, started at the first and kept: starting a thread and
  // loading the core cost more than a sync of a small folder. It is let go of while idle, so it never
  // keeps a process alive, and started again after it stopped (a crash, a terminate).
  let worker: Worker | null = null;
  let closed = false;
  // A preview asked while the same one waits to start shares its answer: it reads the folder and the
  // store after both were asked. The page asks again on every change event, and each preview would
  // otherwise queue a read of the whole folder in front of the next Sync now.
  const waitingPreviews = new Map<string, Promise<SyncWorkerMessage>>();

  const syncWorker = (): Worker => {
    if (worker) return worker;
    const started = new Worker(options.script, { workerData: SYNC_WORKER_DATA });
    const forget = () => {
      if (worker === started) worker = null;
    };
    // An error outside a job (none listens then) would otherwise be thrown on this thread.
    started.on('exit', forget).on('error', forget);
    worker = started;
    return started;
  };

  const start = (job: SyncJobKind, input: SyncInput): Promise<SyncWorkerMessage> => {
    if (closed) return Promise.reject(new AppError('cancelled', 'Cairn closed before this sync began; nothing was changed.'));
    const data: SyncJobData = { job, dbPath: options.dbPath, input, at: options.now().toISOString() };
    const running = syncWorker();
    // The worker holds the write lock from its first read of the folder to its commit: a write from this
    // thread gives up quickly, as a 'busy' error, rather than holding every other call up (import-jobs.ts).
    const db = job === 'sync' ? options.db() : null;
    db?.pragma(`busy_timeout = ${BUSY_TIMEOUT_DURING_IMPORT_MS}`);
    return new Promise<SyncWorkerMessage>((resolve, reject) => {
      const onMessage = (message: SyncWorkerMessage) => settle(() => resolve(message));
      const onError = (error: Error) => settle(() => reject(error));
      const onExit = (code: number) => settle(() => reject(new Error(`The sync worker stopped (exit code ${code}) before it finished.`)));
      const settle = (outcome: () => void) => {
        running.off('message', onMessage).off('error', onError).off('exit', onExit);
        running.unref();
        if (db?.open && !options.importing()) db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
        outcome();
      };
      running.on('message', onMessage).on('error', onError).on('exit', onExit);
      running.ref();
      running.postMessage(data);
    });
  };

  const enqueue = (job: SyncJobKind, input: SyncInput): Promise<SyncWorkerMessage> => {
    waiting += 1;
    const ended = queue.then(() => start(job, input));
    queue = ended.catch(() => undefined).finally(() => (waiting -= 1));
    return ended;
  };

  const previewWhenFree = (input: SyncInput): Promise<SyncWorkerMessage> => {
    const key = JSON.stringify(input);
    const shared = waitingPreviews.get(key);
    if (shared) return shared;
    waiting += 1;
    const ended = queue.then(() => {
      waitingPreviews.delete(key);
      return start('preview', input);
    });
    queue = ended.catch(() => undefined).finally(() => (waiting -= 1));
    waitingPreviews.set(key, ended);
    return ended;
  };

  const answer = (message: SyncWorkerMessage): SyncWorkerMessage => {
    switch (message.type) {
      case 'failed':
        throw new AppError(message.error.code, message.error.message, message.error.field);
      case 'crashed':
        throw Object.assign(new Error(message.message), { stack: message.stack });
      default:
        return message;
    }
  };

  return {
    sync: (input) =>
      enqueue('sync', input)
        .then(answer)
        .then((message) => {
          if (message.type !== 'synced') throw new Error(`The sync worker answered a sync with ${message.type}.`);
          options.onCommit?.();
          return message.result;
        }),
    preview: (input) =>
      previewWhenFree(input)
        .then(answer)
        .then((message) => {
          if (message.type !== 'previewed') throw new Error(`The sync worker answered a preview with ${message.type}.`);
          return message.preview;
        }),
    busy: () => waiting > 0,
    close() {
      closed = true;
      void worker?.terminate();
    },
  };
}
