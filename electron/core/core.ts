import path from 'node:path';
import type { ApiResult } from '../../shared/api/api-result';
import type { Services } from '../../shared/api/contract';
import { dispatch } from './api-dispatch';
import { openDatabase } from './database';
import type { Migration } from './migrations/index';
import { createServices } from './services';

export interface CoreOptions {
  /** The clock for timestamps and "today"; tests pass a fixed one. */
  now?: () => Date;
  /** The schema steps; the app's own list unless a test brings its own. */
  migrations?: readonly Migration[];
}

export interface Core {
  services: Services;
  /** Parses raw input for `operation`, runs it, and returns the result or the error as data. */
  dispatch(operation: string, input: unknown): Promise<ApiResult<unknown>>;
  dbPath: string;
  close(): void;
}

/** Opens the data directory's database (`<dataDir>/cairn.db`, backups in `<dataDir>/backups/`) and the services on it. */
export async function openCore(dataDir: string, options: CoreOptions = {}): Promise<Core> {
  const dbPath = path.join(dataDir, 'cairn.db');
  const db = await openDatabase(dbPath, {
    migrations: options.migrations,
    backupDir: path.join(dataDir, 'backups'),
    now: options.now,
  });
  const services = createServices(db, { now: options.now });
  return {
    services,
    dispatch: (operation, input) => dispatch(services, operation, input),
    dbPath,
    close() {
      // SQLite's advice for long-lived connections: let it refresh the planner's statistics on the way out.
      db.pragma('optimize');
      db.close();
    },
  };
}
