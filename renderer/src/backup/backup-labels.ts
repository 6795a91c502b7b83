import type { BackupInfo, BackupKind } from '../../../shared/api/backup-operations';

const KIND_LABELS: Record<BackupKind, string> = {
  manual: 'Backed up by you',
  daily: 'Daily automatic backup',
  'before-upgrade': 'Before an upgrade of Cairn',
  'before-restore': 'Before a restore',
};

export function backupKindLabel(kind: BackupKind): string {
  return KIND_LABELS[kind];
}

export function backupDate(backup: BackupInfo): string {
  return new Date(backup.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
