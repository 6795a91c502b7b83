import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase, { type Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';
import { runMigrations } from './migrations/run-migrations';
import { damageReported, DamagedDatabaseError, requireSoundDatabase } from './damaged-database';
import { makePrivateFile, tightenFile } from './private-files';

export type { Database } from 'better-sqlite3';

export interface OpenDatabaseOptions {
  /** The schema steps to apply; the app's own list unless a test brings its own. */
  migrations?: readonly Migration[];
  /** Where pre-migration backups go; `<dir of file>/backups` by default. */
  backupDir?: string;
  now?: () => Date;
  /**
   * For a connection that only reads (`cairn site`, `list`, `search`, `show`, `toc`): no quick_check, which reads every page (most of
   * a command's start at 10,000 decisions), and `query_only`, so nothing can be written through it.
   * A damaged page a read meets is refused in plain words all the same (api-dispatch), and an
   * upgrade, which writes, is checked first as always.
   */
  readOnly?: boolean;
}

/** How long a connection waits for another one's write before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/** The settings every connection to a Cairn database runs with (the app's, the CLI's, an import worker's). */
export function setConnectionPragmas(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // The app, the CLI and the web host may hold the same file; wait for a writer instead of failing.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // In WAL mode, NORMAL can lose the last commits on power loss or an OS crash. FULL syncs the WAL on
  // every commit: a saved decision is on disk when the save returns, which matters more than write speed.
  db.pragma('synchronous = FULL');
  // Statements with triggers (the search and sync bookkeeping) keep a statement journal inside a
  // transaction; in a temporary file that was 40 small writes per imported record (ADR 0013).
  db.pragma('temp_store = MEMORY');
  // 16 MB of pages per connection. The kernel keeps the file's pages anyway; 64 MB here only held a
  // second copy in the process (the web host's peak at 10,000 went from 322 to 209–268 MB with 16 MB,
  // an import's from 450 to 398 MB), and import, sync and search ran as fast in the same run.
  db.pragma('cache_size = -16384');
}

/**
 * Opens (creating if needed) a Cairn database with its pragmas set and its schema up to date. The file
 * (and SQLite's -wal and -shm beside it) is its owner's alone. A damaged file is refused with a
 * DamagedDatabaseError before anything is written to it, not even the upgrade's backup.
 */
export async function openDatabase(file: string, options: OpenDatabaseOptions = {}): Promise<Database> {
  const backupDir = options.backupDir ?? path.join(path.dirname(file), 'backups');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  makePrivateFile(file);
  for (const companion of ['-wal', '-shm']) tightenFile(`${file}${companion}`);
  let db: Database | undefined;
  try {
    db = new SqliteDatabase(file);
    // Set first: the check reads, and a writer in another process must be waited for, not failed on.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const migrations = options.migrations ?? MIGRATIONS;
    if (options.readOnly && !upgradePending(db, migrations)) {
      // The schema is read now, so damage there is refused here like the check's findings.
      db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    } else requireSoundDatabase(db, file, backupDir);
    setConnectionPragmas(db);
    await runMigrations(db, migrations, { backupDir, now: options.now });
    if (options.readOnly) db.pragma('query_only = ON');
    return db;
  } catch (error) {
    db?.close();
    const damage = damageReported(error);
    if (damage !== null) throw new DamagedDatabaseError(file, damage, backupDir, { cause: error });
    throw error;
  }
}

/** Closes a connection the core held for long; safe to call on one already closed. */
export function closeDatabase(db: Database): void {
  if (!db.open) return;
  // SQLite's advice for long-lived connections: let it refresh the planner's statistics on the way out
  // (a write, so not through a connection that only reads).
  if (db.pragma('query_only', { simple: true }) === 0) db.pragma('optimize');
  db.close();
}

/** Whether the file's schema is older than the newest of `migrations` (a new file's included). */
function upgradePending(db: Database, migrations: readonly Migration[]): boolean {
  return (db.pragma('user_version', { simple: true }) as number) < (migrations.at(-1)?.version ?? 0);
}
