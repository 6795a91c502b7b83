// Backups of the whole database, kept beside it, and the way back from a damaged one: the feature's public entry.
export { createBackupProblems, type BackupProblems } from './backup-problems';
export { backupServices, takeDailyBackup, type BackupHost } from './backup-service';
export { checkedBackups, damagedDatabaseServices, replaceDamagedDatabase, type Recovery } from './damaged-database-recovery';
