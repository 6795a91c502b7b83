import type { Database } from 'better-sqlite3';

/**
 * Rebuilds `table` from its own definition with `edits` applied (each `[from, to]` must occur in it):
 * SQLite cannot drop a NOT NULL constraint in place. Its rows (rowids included, which the search
 * index joins on), indexes and triggers come back as they were, whichever step made them. Runs inside
 * the migration transaction, with foreign keys off (runMigrations), so dropping the old table
 * deletes nothing that references it; a renamed-in table keeps those references by name.
 */
export function rebuildTable(db: Database, table: string, edits: readonly (readonly [string, string])[]): void {
  const definition = db.prepare<[string], string>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table);
  if (definition === undefined) throw new Error(`there is no table ${table} to rebuild`);
  const rebuilt = `${table}_rebuilt`;
  let sql = definition.replace(new RegExp(`^CREATE TABLE ${table}\\b`), `CREATE TABLE ${rebuilt}`);
  if (sql === definition) throw new Error(`the definition of ${table} does not start as expected`);
  for (const [from, to] of edits) {
    if (!sql.includes(from)) throw new Error(`the definition of ${table} has no "${from}"`);
    sql = sql.replace(from, to);
  }
  const attached = db
    .prepare<[string], string>("SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = ? AND sql IS NOT NULL ORDER BY type, name")
    .pluck()
    .all(table);
  db.exec(sql);
  db.exec(`INSERT INTO ${rebuilt} SELECT * FROM ${table}`);
  db.exec(`DROP TABLE ${table}`);
  // Legacy renaming leaves other tables' references and triggers as written: they name `table`, which is this one again.
  db.pragma('legacy_alter_table = ON');
  try {
    db.exec(`ALTER TABLE ${rebuilt} RENAME TO ${table}`);
  } finally {
    db.pragma('legacy_alter_table = OFF');
  }
  for (const statement of attached) db.exec(statement);
}
