import type { Database } from 'better-sqlite3';
import { backupDatabase } from '../database-backup';
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

  const backupPath = current > 0 ? await backupDatabase(db, options.backupDir, latest, options.now?.()) : null;
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    // user_version is part of the database header, so it commits or rolls back with the steps.
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from: current, to: latest, backupPath };
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${index + 1} (versions run 1, 2, 3 … without gaps).`);
    }
  });
}
