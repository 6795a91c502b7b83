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

export const backupOperations = {
  listBackups: op(z.object({}), BackupList, 'The copies of the database in the backups folder, newest first.'),
  backupNow: op(z.object({}), BackupInfo, "Copies the database with SQLite's online backup into the backups folder."),
  restoreBackup: op(
    z.object({ file: BackupFileName }),
    z.object({ restored: BackupInfo, safetyCopy: BackupInfo }),
    'Replaces all data with the backup, after saving what is there now as a backup of its own (so a restore can be undone).',
  ),
};
