import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase, { type Database } from 'better-sqlite3';
import { damageReported, describeFindings } from './damaged-database';
import { makePrivateFile, makePrivateFolder } from './private-files';

/**
 * Copies a live database to `<backupDir>/cairn-before-v<targetVersion>-<timestamp>.db`. The copy is
 * written as `.partial`, checked with `PRAGMA integrity_check`, and only then renamed, so a file with the
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
 * The copy must pass `PRAGMA integrity_check`: it holds the database's pages as they are, so a copy
 * that fails it means the database itself is damaged (DamagedBackupError), and it is not kept.
 * Backups are their owner's alone, like the database.
 */
export async function copyDatabase(db: Database, finalPath: string): Promise<void> {
  const folder = path.dirname(finalPath);
  try {
    makePrivateFolder(folder);
  } catch (error) {
    throw new Error(folderProblem(folder, error), { cause: error });
  }
  const partialPath = `${finalPath}.partial`;
  try {
    // A `.partial` a crash left behind is no database to copy into.
    fs.rmSync(partialPath, { force: true });
    makePrivateFile(partialPath);
    await db.backup(partialPath);
    verifyCopy(db.name, partialPath, folder);
  } catch (error) {
    fs.rmSync(partialPath, { force: true });
    throw error;
  }
  fs.renameSync(partialPath, finalPath);
}

/** A backup not kept because its copy of the database failed the integrity check. */
export class DamagedBackupError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`The database ${file} could not be backed up because it is damaged: ${problem}. The damaged copy was not kept, and the earlier backups are untouched.`);
    this.name = 'DamagedBackupError';
  }
}

function verifyCopy(source: string, file: string, folder: string): void {
  const copy = new SqliteDatabase(file, { fileMustExist: true });
  try {
    // The copy inherits WAL mode; a rollback journal keeps the backup a single self-contained file.
    copy.pragma('journal_mode = DELETE');
    const findings = (copy.pragma('integrity_check(20)') as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (findings.length !== 1 || findings[0] !== 'ok') throw new DamagedBackupError(source, describeFindings('the integrity check of its copy', findings));
  } catch (error) {
    const damage = damageReported(error);
    if (damage !== null) throw new DamagedBackupError(source, damage);
    if (error instanceof DamagedBackupError) throw error;
    throw new Error(`The copy in ${folder} could not be checked: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    copy.close();
  }
}

/** Why a backups folder cannot be made, in words that say what to change (not "EEXIST: … mkdir"). */
function folderProblem(folder: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' || code === 'ENOTDIR') return `${folder} cannot be created: a file is in the way (${folder} or a folder above it is a file). Move that file, or make ${folder} a folder`;
  if (code === 'EACCES' || code === 'EPERM') return `${folder} cannot be created or written: permission denied. Give your user write access to it`;
  if (code === 'EROFS') return `${folder} is on a read-only disk`;
  if (code === 'ENOSPC') return `the disk holding ${folder} is full`;
  return `${folder} cannot be created: ${error instanceof Error ? error.message : String(error)}`;
}

/** Writes a database file's content into `target` with SQLite's online backup: one transaction, so all or nothing. */
export async function copyDatabaseFile(source: string, target: string): Promise<void> {
  const from = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  try {
    makePrivateFile(target);
    await from.backup(target);
  } finally {
    from.close();
  }
}
