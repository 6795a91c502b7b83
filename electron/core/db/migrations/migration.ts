import type { Database } from 'better-sqlite3';

/** What a step may need besides the database: the moment of the upgrade, for the rows it dates. */
export interface MigrationContext {
  now: Date;
}

/** One step of the schema: `up` runs inside the transaction that applies every pending step. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database, context: MigrationContext): void;
}
