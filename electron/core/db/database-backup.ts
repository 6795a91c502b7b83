import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase, { type Database } from 'better-sqlite3';

/**
 * Copies a live database to `<backupDir>/cairn-before-v<targetVersion>-<timestamp>.db`. The copy is
 * written as `.partial`, checked with `PRAGMA quick_check`, and only then renamed, so a file with the
 * final name is always a complete, readable database.
 */
export async function backupDatabase(
  db: Database,
  backupDir: string,
  targetVersion: number,
  now: Date = new Date(),
): Promise<string> {
  const finalPath = path.join(backupDir, `cairn-before-v${targetVersion}-${fileStamp(now)}.db`);
  await copyDatabase(db, finalPath);
  return finalPath;
}

/** A timestamp usable in a file name on every platform: 2026-01-31T09-00-00-000Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Copies a live database to `finalPath` with SQLite's online backup (consistent while others write),
 * through a checked `.partial` file, so a file with the final name is always a complete database.
 */
export async function copyDatabase(db: Database, finalPath: string): Promise<void> {
  fs.mkdirSync(path.dirname(finalPath), { recursive: true });
  const partialPath = `${finalPath}.partial`;
  try {
    await db.backup(partialPath);
    verifyCopy(partialPath);
  } catch (error) {
    fs.rmSync(partialPath, { force: true });
    throw error;
  }
  fs.renameSync(partialPath, finalPath);
}

function verifyCopy(file: string): void {
  const copy = new SqliteDatabase(file, { fileMustExist: true });
  try {
    // The copy inherits WAL mode; a rollback journal keeps the backup a single self-contained file.
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(`The backup ${file} failed its integrity check (${String(result)}).`);
  } finally {
    copy.close();
  }
}

/** Writes a database file's content into `target` with SQLite's online backup: one transaction, so all or nothing. */
export async function copyDatabaseFile(source: string, target: string): Promise<void> {
  const from = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  try {
    await from.backup(target);
  } finally {
    from.close();
  }
}
