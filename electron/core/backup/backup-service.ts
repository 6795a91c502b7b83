import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase, { type Database } from 'better-sqlite3';
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
import { copyDatabase, MIGRATIONS } from '../db';

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
}

type BackupOperation = 'listBackups' | 'backupNow' | 'restoreBackup';

export function backupServices(ctx: CoreContext): Pick<Services, BackupOperation> {
  const { db, now, backups: host } = ctx;
  return {
    listBackups: () => ({ folder: host.backupDir, backups: listBackupFiles(host.backupDir), dailyKeptDays: DAILY_BACKUP_DAYS }),
    backupNow: () => backUp(db, host.backupDir, manualBackupName(now())),
    restoreBackup: async ({ file }) => {
      const source = path.join(host.backupDir, file);
      const restored = describeBackup(host.backupDir, file);
      if (!restored || !fs.existsSync(source)) {
        throw new AppError('not_found', `There is no backup named ${file} in ${host.backupDir}.`, 'file');
      }
      checkRestorable(source, file);
      host.checkCanRestore();
      const safetyCopy = await backUp(db, host.backupDir, beforeRestoreName(now()));
      await host.restore(source);
      return { restored, safetyCopy };
    },
  };
}

/**
 * Takes today's automatic backup if there is none yet and drops those older than the kept days.
 * An empty database (no workspace yet) is not worth a copy.
 */
export async function takeDailyBackup(db: Database, backupDir: string, now: Date): Promise<BackupInfo | null> {
  const name = dailyBackupName(now);
  let taken: BackupInfo | null = null;
  const hasData = db.prepare('SELECT 1 FROM workspaces LIMIT 1').get() !== undefined;
  if (hasData && !fs.existsSync(path.join(backupDir, name))) taken = await backUp(db, backupDir, name);
  pruneDailyBackups(backupDir, now);
  return taken;
}

async function backUp(db: Database, backupDir: string, wanted: string): Promise<BackupInfo> {
  const name = freeName(backupDir, wanted);
  try {
    await copyDatabase(db, path.join(backupDir, name));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('internal', `The backup could not be written to ${backupDir}: ${reason}. Check that the disk has space and the folder is writable.`);
  }
  const info = describeBackup(backupDir, name);
  if (!info) throw new AppError('internal', `The backup ${name} was written but cannot be read back from ${backupDir}.`);
  return info;
}

/** Never writes over an existing backup: two taken within the same millisecond get `-2`, `-3` … */
function freeName(folder: string, name: string): string {
  let candidate = name;
  for (let n = 2; fs.existsSync(path.join(folder, candidate)); n++) candidate = name.replace(/\.db$/, `-${n}.db`);
  return candidate;
}

/** Refuses a file that is not a sound Cairn database this version can open, before anything is replaced. */
function checkRestorable(file: string, name: string): void {
  let db: Database | null = null;
  try {
    db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('invalid_input', `The backup ${name} is damaged (${String(check)}); nothing was replaced. Choose another backup.`, 'file');
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = MIGRATIONS.length;
    if (version < 1 || db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'decisions'").get() === undefined) {
      throw new AppError('invalid_input', `${name} is not a Cairn database; nothing was replaced.`, 'file');
    }
    if (version > latest) {
      throw new AppError('invalid_input', `The backup ${name} was written by a newer Cairn (schema ${version}; this version knows up to ${latest}); update Cairn to restore it.`, 'file');
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', `The backup ${name} cannot be read as a database (${error instanceof Error ? error.message : String(error)}); nothing was replaced.`, 'file');
  } finally {
    db?.close();
  }
}
