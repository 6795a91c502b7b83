import SqliteDatabase, { type Database } from 'better-sqlite3';
import { backupDatabase, DamagedBackupError } from '../database-backup';
import { DamagedDatabaseError } from '../damaged-database';
import type { Migration } from './migration';

export interface MigrationOptions {
  /** Where the copy taken before upgrading a database that already holds data goes. */
  backupDir: string;
  now?: () => Date;
}

/**
 * Brings the schema up to the last migration. Refuses a database written by a newer Cairn; backs up
 * a database that already has a schema before changing it; applies every pending step in one
 * transaction, so a failing step leaves the database exactly as it was (and the backup beside it).
 */
export async function runMigrations(
  db: Database,
  migrations: readonly Migration[],
  options: MigrationOptions,
): Promise<{ from: number; to: number; backupPath: string | null }> {
  checkOrder(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new Error(
      `This database was written by a newer version of Cairn (schema ${current}; this version knows up to ${latest}). Update Cairn to open it.`,
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return { from: current, to: current, backupPath: null };

  const backupPath = current > 0 ? await backupBeforeUpgrade(db, options.backupDir, current, latest, options.now?.()) : null;
  const schemaBefore = schemaFingerprint(db);
  let step: Migration | undefined;
  try {
    const context = { now: options.now?.() ?? new Date() };
    // A step may rebuild a table (rebuildTable); with foreign keys on, dropping it would delete what
    // references it. They cannot change inside a transaction, so they are off for all steps, and
    // every reference is checked before the steps commit.
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
    db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        for (step of pending) step.up(db, context);
        step = undefined;
        const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
        if (broken.length > 0) throw new Error(`${broken.length} rows of ${broken[0]?.table} refer to ${broken[0]?.parent} rows that do not exist`);
        // user_version is part of the database header, so it commits or rolls back with the steps.
        db.pragma(`user_version = ${latest}`);
      }).immediate();
    } finally {
      db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    }
  } catch (error) {
    throw await migrationFailure(db, { error, step, from: current, to: latest, backupPath, schemaBefore });
  }
  return { from: current, to: latest, backupPath };
}

/**
 * The copy taken before an upgrade; when it cannot be made, the upgrade does not start and the error
 * says which step failed, that nothing changed, and what to do (issue 21: not "EEXIST: … mkdir").
 */
async function backupBeforeUpgrade(db: Database, backupDir: string, from: number, to: number, now: Date | undefined): Promise<string> {
  try {
    return await backupDatabase(db, backupDir, to, now);
  } catch (error) {
    // A copy that fails its check is a damaged database, which a host offers to restore.
    if (error instanceof DamagedBackupError) throw new DamagedDatabaseError(db.name, error.problem, backupDir, { cause: error });
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cairn could not upgrade its database from schema ${from} to ${to}: the backup it takes first could not be made (${reason}). ` +
        'Nothing was changed: your data is as it was. Fix that, then start Cairn again; until then, the previous version of Cairn still opens your data.',
      { cause: error },
    );
  }
}

/** The schema's text and version: equal before and after means the failed upgrade left nothing behind. */
function schemaFingerprint(db: Database): string {
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").all();
  return `${String(db.pragma('user_version', { simple: true }))}\n${JSON.stringify(rows)}`;
}

interface FailedUpgrade {
  error: unknown;
  step: Migration | undefined;
  from: number;
  to: number;
  backupPath: string | null;
  schemaBefore: string;
}

/**
 * The rollback normally undoes a failed step. Should the database still differ from before (a step
 * that ended the transaction itself), it is put back from the backup taken a moment ago. Either way
 * the error says what failed, that the data is as it was, and where the copy is.
 */
async function migrationFailure(db: Database, failed: FailedUpgrade): Promise<Error> {
  if (db.inTransaction) db.exec('ROLLBACK');
  const reason = failed.error instanceof Error ? failed.error.message : String(failed.error);
  const what = `Cairn could not upgrade its database from schema ${failed.from} to ${failed.to}: step ${failed.step?.version ?? '?'} ("${failed.step?.name ?? 'unknown'}") failed: ${reason}.`;
  let restored = false;
  if (failed.backupPath && schemaFingerprint(db) !== failed.schemaBefore) {
    await restoreInPlace(db, failed.backupPath);
    restored = true;
  }
  const state = restored
    ? `Your data was restored from the backup taken just before the upgrade (${failed.backupPath}).`
    : `Nothing was changed: your data is as it was${failed.backupPath ? `, and a copy was saved at ${failed.backupPath}` : ''}.`;
  return new Error(`${what} ${state} Keep using the previous version of Cairn and report this error.`, { cause: failed.error });
}

/** Copies the backup into the open database's file with SQLite's online backup, so other connections stay coherent. */
async function restoreInPlace(db: Database, backupPath: string): Promise<void> {
  const backup = new SqliteDatabase(backupPath, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(db.name);
  } finally {
    backup.close();
  }
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${index + 1} (versions run 1, 2, 3 … without gaps).`);
    }
  });
}
