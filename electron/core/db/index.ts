// The database file: opening and migrating it, checking it, and copying it whole. Other features import it from here only.
export { DamagedDatabaseError, damageReported } from './damaged-database';
export { copyDatabase, copyDatabaseFile, DamagedBackupError, fileStamp } from './database-backup';
export { BUSY_TIMEOUT_MS, closeDatabase, openDatabase, setConnectionPragmas, type Database } from './database';
export { MIGRATIONS, type Migration } from './migrations';
export { makePrivateFile, makePrivateFolder, tightenFile } from './private-files';
