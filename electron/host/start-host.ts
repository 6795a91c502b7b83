import type { ApiResult } from '../../shared/api/api-result';
import { openCore, type Core } from '../core/core';
import type { DamagedDatabaseError } from '../core/db';
import type { AppLog } from './app-log';
import { scheduleDailyBackups, type DailyBackups } from './daily-backups';
import { acquireDataDirLock } from './data-dir-lock';
import { watchSyncFolders, type SyncWatcher } from './sync-watcher';

export interface HostOptions {
  dataDir: string;
  /** Who holds the data directory, in words for another Cairn's refusal: "the Cairn app", "the web host". */
  owner: string;
  /** The data directory's log (the caller opened it, so it can record a failed start too). */
  log: AppLog;
  /** The built import worker (import-worker.js), so imports run off the thread that answers calls. */
  importWorker: string;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

/** A running core with everything a long-lived host keeps beside it. */
export interface Host {
  /**
   * What the transports carry: raw input in, result or error data out. The change feed (one event per
   * commit, from the core's `write`) is meant to sit here beside it, so IPC and HTTP get both from one place.
   */
  dispatch(operation: string, input: unknown): Promise<ApiResult<unknown>>;
  dbPath: string;
  /**
   * What is wrong while the database is damaged (issue 21): the host then answers only the status and
   * the restore, so the app can show its recovery screen, and starts its backups and watcher once a
   * backup is restored. Null while the database is sound.
   */
  damage(): DamagedDatabaseError | null;
  /** Stops the watcher and the backup schedule, closes the core and releases the data directory. */
  close(): void;
}

/**
 * The one start-up of the Electron app and the web host: takes the data directory (another Cairn on
 * it is refused, saying which), opens the core, takes the day's backup and keeps taking them, and
 * watches the linked folders so edits made on disk reach the database without a Sync.
 */
export async function startHost({ dataDir, owner, log, importWorker, now }: HostOptions): Promise<Host> {
  const lock = await acquireDataDirLock(dataDir, { owner });
  let core: Core | undefined;
  let backups: DailyBackups | undefined;
  let watcher: SyncWatcher | undefined;
  const stop = () => {
    watcher?.close();
    backups?.stop();
    core?.close();
    lock.release();
  };
  let closed = false;
  const startBackground = async (opened: Core) => {
    backups = await scheduleDailyBackups(opened, (error) => log.error('The daily backup failed', error));
    // After a restore the host may have been closed meanwhile.
    if (closed) return backups.stop();
    watcher = watchSyncFolders(opened, {
      onError: (workspaceId, error) => log.error(workspaceId ? `Sync of workspace ${workspaceId} failed` : 'Looking for linked folders failed', error),
    });
    // Announced as started once the folders linked now are watched: an edit made after that is seen.
    await watcher.ready;
  };
  try {
    core = await openCore(dataDir, { reportError: log.error, importWorker, whenDamaged: 'recover', ...(now ? { now } : {}) });
    const opened = core;
    if (opened.damage() === null) await startBackground(opened);
    else void opened.sound.then(() => (closed ? undefined : startBackground(opened))).catch((error: unknown) => log.error('Starting after the restore failed', error));
  } catch (error) {
    stop();
    throw error;
  }
  return {
    dispatch: core.dispatch,
    dbPath: core.dbPath,
    damage: core.damage,
    close() {
      if (closed) return;
      closed = true;
      stop();
    },
  };
}
