import SqliteDatabase, { type Database } from 'better-sqlite3';
import { MIGRATIONS } from '../db';

/**
 * What stands in the way of restoring a backup file, in words that follow its name ("is damaged
 * (…)", "is not a Cairn database"), or null when it is a sound Cairn database this version opens.
 * Only reads the file.
 */
export function backupProblem(file: string): string | null {
  let db: Database | null = null;
  try {
    db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return `is damaged (${String(check)})`;
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = MIGRATIONS.length;
    if (version < 1 || db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'decisions'").get() === undefined) return 'is not a Cairn database';
    if (version > latest) return `was written by a newer Cairn (schema ${version}; this version knows up to ${latest}): update Cairn to restore it`;
    return null;
  } catch (error) {
    return `cannot be read as a database (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    db?.close();
  }
}
