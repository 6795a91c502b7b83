// The database file: opening and migrating it, and copying it whole. Other features import it from here only.
export { copyDatabase, copyDatabaseFile, fileStamp } from './database-backup';
export { BUSY_TIMEOUT_MS, closeDatabase, openDatabase, setConnectionPragmas, type Database } from './database';
export { MIGRATIONS, type Migration } from './migrations';
