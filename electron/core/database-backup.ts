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
  fs.mkdirSync(backupDir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const finalPath = path.join(backupDir, `cairn-before-v${targetVersion}-${stamp}.db`);
  const partialPath = `${finalPath}.partial`;
  await db.backup(partialPath);
  verifyCopy(partialPath);
  fs.renameSync(partialPath, finalPath);
  return finalPath;
}

function verifyCopy(file: string): void {
  const copy = new SqliteDatabase(file, { fileMustExist: true });
  try {
    // The copy inherits WAL mode; a rollback journal keeps the backup a single self-contained file.
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(`The backup ${file} failed its integrity check (${String(result)}); nothing was migrated.`);
  } finally {
    copy.close();
  }
}
