import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupHost } from '../backup';
import { createCoreContext, type CoreContext } from '../core-context';

/**
 * The context a worker thread (an import, a sync) runs its job on: its own connection, a clock fixed
 * at the moment the parent gave (the parent's clock, which tests fix, cannot be called from here),
 * and no runners of its own, so the job runs on the worker's thread.
 */
export function workerContext(db: Database, at: Date): CoreContext {
  return createCoreContext(db, { now: () => new Date(at), backups: noBackups(db.name), imports: null });
}

/** A worker only imports or syncs: backups are the main thread's, which holds the connection a restore replaces. */
function noBackups(dbPath: string): BackupHost {
  const refuse = () => {
    throw new Error('A worker does not take or restore backups.');
  };
  return { backupDir: path.join(path.dirname(dbPath), 'backups'), restore: () => Promise.resolve().then(refuse), checkCanRestore: refuse };
}
