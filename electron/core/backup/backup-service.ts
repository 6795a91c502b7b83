import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/api-result';
import type { BackupInfo } from '../../../shared/api/backup-operations';
import type { Services } from '../../../shared/api/contract';
import {
  DAILY_BACKUP_DAYS,
  beforeRestoreName,
  dailyBackupName,
  describeBackup,
  listBackupFiles,
  manualBackupName,
  pruneDailyBackups,
} from './backup-files';
import type { CoreContext } from '../core-context';
import { backupProblem } from './backup-check';
import type { BackupProblems } from './backup-problems';
import { copyDatabase, DamagedBackupError } from '../db';

/** What the backup services need from whoever holds the database connection. */
export interface BackupHost {
  backupDir: string;
  /**
   * Replaces the open database's content with the file's and reopens it (migrating an older schema),
   * so every service works on the restored data afterwards.
   */
  restore(file: string): Promise<void>;
  /** Throws, saying why, when a restore cannot start now (an import is running); nothing is copied then. */
  checkCanRestore(): void;
  /**
   * The last backup that failed, shown in the app until one works. Absent where nothing is backed up
   * (the import worker, which only stores an import): nothing is recorded there.
   */
  problems?: BackupProblems;
}

type BackupOperation = 'listBackups' | 'backupNow' | 'restoreBackup' | 'getDatabaseStatus' | 'restoreDamagedDatabase';

export function backupServices(ctx: CoreContext): Pick<Services, BackupOperation> {
  const { db, now, backups: host } = ctx;
  return {
    listBackups: () => ({ folder: host.backupDir, backups: listBackupFiles(host.backupDir), dailyKeptDays: DAILY_BACKUP_DAYS }),
    backupNow: () => backUp(db, host, manualBackupName(now())),
    getDatabaseStatus: () => ({ file: db.name, damage: null, backupProblem: host.problems?.last() ?? null }),
    restoreDamagedDatabase: () => {
      throw new AppError('conflict', 'The database is not damaged, so nothing was replaced. To go back to a backup, restore it under Data & backups.');
    },
    restoreBackup: async ({ file }) => {
      const source = path.join(host.backupDir, file);
      const restored = describeBackup(host.backupDir, file);
      if (!restored || !fs.existsSync(source)) {
        throw new AppError('not_found', `There is no backup named ${file} in ${host.backupDir}.`, 'file');
      }
      const problem = backupProblem(source);
      if (problem !== null) throw new AppError('invalid_input', `The backup ${file} ${problem}; nothing was replaced. Choose another backup.`, 'file');
      host.checkCanRestore();
      const safetyCopy = await backUp(db, host, beforeRestoreName(now()));
      await host.restore(source);
      return { restored, safetyCopy };
    },
  };
}

/**
 * Takes today's automatic backup if there is none yet and drops those older than the kept days.
 * An empty database (no workspace yet) is not worth a copy.
 */
export async function takeDailyBackup(db: Database, host: Pick<BackupHost, 'backupDir' | 'problems'>, now: Date): Promise<BackupInfo | null> {
  const name = dailyBackupName(now);
  let taken: BackupInfo | null = null;
  const hasData = db.prepare('SELECT 1 FROM workspaces LIMIT 1').get() !== undefined;
  if (hasData && !fs.existsSync(path.join(host.backupDir, name))) taken = await backUp(db, host, name);
  pruneDailyBackups(host.backupDir, now);
  return taken;
}

/** Copies the database into the backups folder; a failure is an error that says what to do, and is kept for the app to show. */
async function backUp(db: Database, host: Pick<BackupHost, 'backupDir' | 'problems'>, wanted: string): Promise<BackupInfo> {
  const { backupDir } = host;
  const name = freeName(backupDir, wanted);
  try {
    await copyDatabase(db, path.join(backupDir, name));
  } catch (error) {
    if (error instanceof DamagedBackupError) {
      const message = `${error.message} Restore an earlier backup under Data & backups before making more changes.`;
      host.problems?.failed({ message, damaged: true });
      throw new AppError('damaged', message);
    }
    const reason = error instanceof Error ? error.message : String(error);
    const message = `The backup could not be written to ${backupDir}: ${reason}. Check that the disk has space and the folder is writable.`;
    host.problems?.failed({ message, damaged: false });
    throw new AppError('internal', message);
  }
  const info = describeBackup(backupDir, name);
  if (!info) throw new AppError('internal', `The backup ${name} was written but cannot be read back from ${backupDir}.`);
  host.problems?.succeeded();
  return info;
}

/** Never writes over an existing backup: two taken within the same millisecond get `-2`, `-3` … */
function freeName(folder: string, name: string): string {
  let candidate = name;
  for (let n = 2; fs.existsSync(path.join(folder, candidate)); n++) candidate = name.replace(/\.db$/, `-${n}.db`);
  return candidate;
}
