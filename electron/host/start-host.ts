import type { ApiResult } from '../../shared/api/api-result';
import { openCore, type ChangeListener, type Core } from '../core/core';
import type { DamagedDatabaseError } from '../core/db';
import { startParticipantListener } from '../room-listener/participant-listener';
import type { AppLog } from './app-log';
import { scheduleDailyBackups, type DailyBackups } from './daily-backups';
import { acquireDataDirLock } from './data-dir-lock';
import { watchSyncFolders, type SyncWatcher } from './sync-watcher';

/** How often the host looks for commits of other connections: well inside the second a page may lag. */
const OTHER_WRITES_INTERVAL_MS = 500;

export interface HostOptions {
  dataDir: string;
  /** Who holds the data directory, in words for another Cairn's refusal: "the Cairn app", "the web host". */
  owner: string;
  /** The data directory's log (the caller opened it, so it can record a failed start too). */
  log: AppLog;
  /** The built import worker (import-worker.js), so imports run off the thread that answers calls. */
  importWorker: string;
  /** The built renderer (dist/renderer), whose participant.html a session's room serves to its participants. */
  rendererDir: string;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

/** A running core with everything a long-lived host keeps beside it. */
export interface Host {
  /** What the transports carry: raw input in, result or error data out. */
  dispatch: (operation: string, input: unknown) => Promise<ApiResult<unknown>>;
  /**
   * The core's change feed, which the transports carry beside it (IPC to the window, Server-Sent Events
   * to the tabs): one event per commit, and "everything" when another process committed.
   */
  subscribe: (listener: ChangeListener) => () => void;
  dbPath: string;
  /**
   * What is wrong while the database is damaged (issue 21): the host then answers only the status and
   * the restore, so the app can show its recovery screen, and starts its backups and watcher once a
   * backup is restored. Null while the database is sound.
   */
  damage: () => DamagedDatabaseError | null;
  /** Stops the watcher and the backup schedule, closes the core and releases the data directory. */
  close(): void;
}

/**
 * The one start-up of the Electron app and the web host: takes the data directory (another Cairn on
 * it is refused, saying which), opens the core, takes the day's backup and keeps taking them, and
 * watches the linked folders so edits made on disk reach the database without a Sync, and saves
 * in the app reach their files.
 */
export async function startHost({ dataDir, owner, log, importWorker, rendererDir, now }: HostOptions): Promise<Host> {
  const lock = await acquireDataDirLock(dataDir, { owner });
  let core: Core | undefined;
  let backups: DailyBackups | undefined;
  let watcher: SyncWatcher | undefined;
  let otherWrites: NodeJS.Timeout | undefined;
  const stop = () => {
    clearInterval(otherWrites);
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
      onGitPause: (workspaceId, paused) =>
        log.info(paused ? `Syncs of workspace ${workspaceId} wait: git is writing files in its folder` : `git has finished in the folder of workspace ${workspaceId}: syncing`),
    });
    // Announced as started once the folders linked now are watched: an edit made after that is seen.
    await watcher.ready;
  };
  try {
    core = await openCore(dataDir, {
      reportError: log.error,
      importWorker,
      whenDamaged: 'recover',
      // A session's room listens on an address the facilitator picks, apart from this host (ADR 0021).
      room: { listen: startParticipantListener, pageDir: rendererDir },
      ...(now ? { now } : {}),
    });
    const opened = core;
    // The CLI beside the app, or the import worker, commits on its own connection: look for that twice a second.
    otherWrites = setInterval(() => {
      try {
        opened.noticeOtherWrites();
      } catch (error) {
        log.error('Looking for writes of other processes failed', error);
      }
    }, OTHER_WRITES_INTERVAL_MS);
    otherWrites.unref();
    if (opened.damage() === null) await startBackground(opened);
    else void opened.sound.then(() => (closed ? undefined : startBackground(opened))).catch((error: unknown) => log.error('Starting after the restore failed', error));
  } catch (error) {
    stop();
    throw error;
  }
  return {
    dispatch: core.dispatch,
    subscribe: core.subscribe,
    dbPath: core.dbPath,
    damage: core.damage,
    close() {
      if (closed) return;
      closed = true;
      stop();
    },
  };
}
