import { z } from 'zod';
import { op } from './operation';

export const BackupKind = z.enum(['manual', 'daily', 'before-upgrade', 'before-restore']);
export type BackupKind = z.infer<typeof BackupKind>;

/** One copy of the database in the data directory's backups folder. */
export const BackupInfo = z.object({
  /** The file name inside the backups folder; what restoreBackup takes. */
  file: z.string(),
  kind: BackupKind,
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupList = z.object({
  /** The backups folder, so a user can copy a file elsewhere. */
  folder: z.string(),
  /** Newest first. */
  backups: z.array(BackupInfo),
  /** How many days of automatic daily backups are kept. */
  dailyKeptDays: z.number().int().positive(),
});
export type BackupList = z.infer<typeof BackupList>;

const BackupFileName = z
  .string()
  .trim()
  .min(1, 'file must not be empty')
  .max(255, 'file is longer than 255 characters')
  .regex(/^[\w.-]+\.db$/, 'file must be the name of a backup in the backups folder, like cairn-manual-2026-01-31T09-00-00-000Z.db');

/** A backup with what checking it found: null when it is a sound Cairn database this version can restore. */
export const CheckedBackup = BackupInfo.extend({ problem: z.string().nullable() });
export type CheckedBackup = z.infer<typeof CheckedBackup>;

/** A backup that could not be made, until the next one is. */
export const BackupProblem = z.object({
  message: z.string(),
  at: z.string(),
  /** The copy failed its integrity check: the database itself is most likely damaged. */
  damaged: z.boolean(),
});
export type BackupProblem = z.infer<typeof BackupProblem>;

export const DatabaseStatus = z.object({
  /** The database file. */
  file: z.string(),
  /**
   * Set while the database is damaged: Cairn did not open it, and every operation but these two is
   * refused (code `damaged`) until a backup is restored over it or the person starts afresh.
   */
  damage: z
    .object({
      problem: z.string(),
      backupFolder: z.string(),
      /** Newest first, each checked; the first without a problem is the one to offer. */
      backups: z.array(CheckedBackup),
    })
    .nullable(),
  backupProblem: BackupProblem.nullable(),
});
export type DatabaseStatus = z.infer<typeof DatabaseStatus>;

export const backupOperations = {
  getDatabaseStatus: op(z.object({}), DatabaseStatus, 'Whether the database is sound (and if not, the backups that could replace it), and the last backup that failed.'),
  restoreDamagedDatabase: op(
    z.object({ file: BackupFileName.nullable() }),
    z.object({ restored: BackupInfo.nullable(), damagedCopy: z.string() }),
    'While the database is damaged: moves it aside (kept as damagedCopy) and puts the backup in its place, or with file null starts an empty database.',
  ),
  listBackups: op(z.object({}), BackupList, 'The copies of the database in the backups folder, newest first.'),
  backupNow: op(z.object({}), BackupInfo, "Copies the database with SQLite's online backup into the backups folder."),
  restoreBackup: op(
    z.object({ file: BackupFileName }),
    z.object({ restored: BackupInfo, safetyCopy: BackupInfo }),
    'Replaces all data with the backup, after saving what is there now as a backup of its own (so a restore can be undone).',
  ),
};
