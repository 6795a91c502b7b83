// Backups of the whole database, kept beside it: the feature's public entry.
export { backupServices, takeDailyBackup, type BackupHost } from './backup-service';
