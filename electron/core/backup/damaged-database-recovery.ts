import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/api-result';
import type { BackupInfo, CheckedBackup } from '../../../shared/api/backup-operations';
import { operations, type OperationName, type Services } from '../../../shared/api/contract';
import { copyDatabaseFile, fileStamp, type DamagedDatabaseError } from '../db';
import { backupProblem } from './backup-check';
import { describeBackup, listBackupFiles } from './backup-files';

/** What a restore over a damaged database did: the backup now in place (null: an empty database) and where the damaged file went. */
export interface Recovery {
  restored: BackupInfo | null;
  damagedCopy: string;
}

/** Every backup in the folder, newest first, with what checking it found. */
export function checkedBackups(backupDir: string): CheckedBackup[] {
  return listBackupFiles(backupDir).map((backup) => ({ ...backup, problem: backupProblem(path.join(backupDir, backup.file)) }));
}

/**
 * The operations while the database is damaged (issue 21): its status, with every backup checked, and
 * the restore over it. Every other operation is refused with code `damaged` before it could read or
 * write, so nothing is written to the damaged file. `recover` replaces the database and reopens it.
 */
export function damagedDatabaseServices(damage: DamagedDatabaseError, recover: (file: string | null) => Promise<Recovery>): Services {
  const refuse = () => {
    throw new AppError(
      'damaged',
      `Cairn's database ${damage.file} is damaged (${damage.problem}), so Cairn does nothing else until a backup is restored over it. The app shows the backups that pass their check.`,
    );
  };
  const refusals = Object.fromEntries((Object.keys(operations) as OperationName[]).map((name) => [name, refuse])) as unknown as Services;
  return {
    ...refusals,
    getDatabaseStatus: () => ({
      file: damage.file,
      damage: { problem: damage.problem, backupFolder: damage.backupDir, backups: checkedBackups(damage.backupDir) },
      backupProblem: null,
    }),
    restoreDamagedDatabase: ({ file }) => recover(file),
  };
}

/**
 * Moves the damaged database aside (with its -wal and -shm, so SQLite still pairs them) as
 * `cairn-damaged-<time>.db` beside it, then copies the backup into its place; with `file` null the
 * place stays empty and the next open starts a new database. The backup is checked first; should the
 * copy fail, the damaged file goes back where it was, so nothing is lost either way.
 */
export async function replaceDamagedDatabase(dbPath: string, backupDir: string, file: string | null, now: Date): Promise<Recovery> {
  let restored: BackupInfo | null = null;
  if (file !== null) {
    restored = describeBackup(backupDir, file);
    if (!restored) throw new AppError('not_found', `There is no backup named ${file} in ${backupDir}.`, 'file');
    const problem = backupProblem(path.join(backupDir, file));
    if (problem !== null) throw new AppError('invalid_input', `The backup ${file} ${problem}; nothing was replaced. Choose another backup.`, 'file');
  }
  const damagedCopy = path.join(path.dirname(dbPath), `cairn-damaged-${fileStamp(now)}.db`);
  const moves = ['', '-wal', '-shm'].map((suffix) => [`${dbPath}${suffix}`, `${damagedCopy}${suffix}`] as const).filter(([from]) => fs.existsSync(from));
  for (const [from, to] of moves) fs.renameSync(from, to);
  if (file === null) return { restored, damagedCopy };
  try {
    await copyDatabaseFile(path.join(backupDir, file), dbPath);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${dbPath}${suffix}`, { force: true });
    for (const [from, to] of moves) fs.renameSync(to, from);
    throw new AppError('internal', `The backup ${file} could not be copied into place (${error instanceof Error ? error.message : String(error)}); the damaged database is back where it was.`, 'file');
  }
  return { restored, damagedCopy };
}
