import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/api/backup-operations';
import { fileStamp } from '../db';

/** How many days of automatic daily backups stay in the backups folder. */
export const DAILY_BACKUP_DAYS = 7;

const KIND_PATTERNS: [BackupKind, RegExp][] = [
  ['manual', /^cairn-manual-.+\.db$/],
  ['daily', /^cairn-daily-\d{4}-\d{2}-\d{2}\.db$/],
  ['before-upgrade', /^cairn-before-v\d+-.+\.db$/],
  ['before-restore', /^cairn-before-restore-.+\.db$/],
];

export function manualBackupName(now: Date): string {
  return `cairn-manual-${fileStamp(now)}.db`;
}

export function beforeRestoreName(now: Date): string {
  return `cairn-before-restore-${fileStamp(now)}.db`;
}

/** One file per local calendar day, so a second start on the same day finds it already there. */
export function dailyBackupName(now: Date): string {
  return `cairn-daily-${localDay(now)}.db`;
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function backupKind(file: string): BackupKind | null {
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(file))?.[0] ?? null;
}

export function describeBackup(folder: string, file: string): BackupInfo | null {
  const kind = backupKind(file);
  if (!kind) return null;
  try {
    const stat = fs.statSync(path.join(folder, file));
    return { file, kind, createdAt: stat.mtime.toISOString(), sizeBytes: stat.size };
  } catch {
    return null;
  }
}

/** Every finished backup (a `.partial` is a copy still being written, or one a crash cut short), newest first. */
export function listBackupFiles(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .flatMap((file) => describeBackup(folder, file) ?? [])
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

/** Deletes the daily backups of days before the last DAILY_BACKUP_DAYS; other kinds are the user's to delete. */
export function pruneDailyBackups(folder: string, now: Date): string[] {
  const oldestKept = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (DAILY_BACKUP_DAYS - 1));
  const oldestName = dailyBackupName(oldestKept);
  const removed = listBackupFiles(folder).filter((backup) => backup.kind === 'daily' && backup.file < oldestName);
  for (const backup of removed) fs.rmSync(path.join(folder, backup.file), { force: true });
  return removed.map((backup) => backup.file);
}
