import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase, { type Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';
import { runMigrations } from './migrations/run-migrations';

export type { Database } from 'better-sqlite3';

export interface OpenDatabaseOptions {
  /** The schema steps to apply; the app's own list unless a test brings its own. */
  migrations?: readonly Migration[];
  /** Where pre-migration backups go; `<dir of file>/backups` by default. */
  backupDir?: string;
  now?: () => Date;
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
  db.pragma('cache_size = -65536');
}

/** Opens (creating if needed) a Cairn database with its pragmas set and its schema up to date. */
export async function openDatabase(file: string, options: OpenDatabaseOptions = {}): Promise<Database> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new SqliteDatabase(file);
  try {
    setConnectionPragmas(db);
    await runMigrations(db, options.migrations ?? MIGRATIONS, {
      backupDir: options.backupDir ?? path.join(path.dirname(file), 'backups'),
      now: options.now,
    });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Closes a connection the core held for long; safe to call on one already closed. */
export function closeDatabase(db: Database): void {
  if (!db.open) return;
  // SQLite's advice for long-lived connections: let it refresh the planner's statistics on the way out.
  db.pragma('optimize');
  db.close();
}
