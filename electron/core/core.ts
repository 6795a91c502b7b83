import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { AppError, type ApiResult } from '../../shared/api/api-result';
import type { Services } from '../../shared/api/contract';
import { dispatch, reportToConsole, type ErrorReporter } from './api-dispatch';
import { takeDailyBackup } from './backup/backup-service';
import { openDatabase, type Database } from './db/database';
import type { Migration } from './db/migrations/index';
import { createImportRunner } from './sync/import/import-jobs';
import { createServices } from './services';

export interface CoreOptions {
  /** The clock for timestamps and "today"; tests pass a fixed one. */
  now?: () => Date;
  /** The schema steps; the app's own list unless a test brings its own. */
  migrations?: readonly Migration[];
  /** Takes an automatic backup once a day (at open and hourly after); off for short-lived tools. */
  dailyBackups?: boolean;
  /** Where unexpected failures are recorded (the app log); stderr by default. */
  reportError?: ErrorReporter;
  /**
   * The built import worker (import-worker.js): imports then run on their own thread and connection, with
   * progress and cancel, and this thread keeps answering. Without it (unit tests, the CLI) they run here.
   */
  importWorker?: string;
}

export interface Core {
  /** The services on the current connection (a restore from backup replaces them). */
  readonly services: Services;
  /** Parses raw input for `operation`, runs it, and returns the result or the error as data. */
  dispatch(operation: string, input: unknown): Promise<ApiResult<unknown>>;
  dbPath: string;
  close(): void;
}

const HOUR = 60 * 60 * 1000;

/** Opens the data directory's database (`<dataDir>/cairn.db`, backups in `<dataDir>/backups/`) and the services on it. */
export async function openCore(dataDir: string, options: CoreOptions = {}): Promise<Core> {
  const dbPath = path.join(dataDir, 'cairn.db');
  const backupDir = path.join(dataDir, 'backups');
  const now = options.now ?? (() => new Date());
  const reportError = options.reportError ?? reportToConsole;
  const open = () => openDatabase(dbPath, { migrations: options.migrations, backupDir, now: options.now });

  let db = await open();
  // While a restore swaps the database, calls wait for it instead of meeting a closed connection.
  let swapping: Promise<void> | null = null;
  const imports = options.importWorker ? createImportRunner({ script: options.importWorker, dbPath, db: () => db, now }) : undefined;
  const checkCanRestore = () => {
    if (imports?.busy()) throw new AppError('conflict', 'An import is running; wait for it to finish or cancel it, then restore.');
  };
  const restore = (file: string): Promise<void> => {
    checkCanRestore();
    swapping = replaceDatabase(file).finally(() => (swapping = null));
    return swapping;
  };
  const build = () => createServices(db, { now: options.now, backups: { backupDir, restore, checkCanRestore }, imports });
  let services = build();

  async function replaceDatabase(file: string): Promise<void> {
    closeDatabase(db);
    try {
      await copyInto(file, dbPath);
    } finally {
      // Reopened whether or not the copy worked: the online backup either replaced everything or nothing.
      db = await open();
      services = build();
    }
  }

  let dailyTimer: NodeJS.Timeout | null = null;
  if (options.dailyBackups ?? true) {
    const daily = () =>
      takeDailyBackup(db, backupDir, now()).catch((error: unknown) => reportError('The daily backup failed', error));
    await daily();
    dailyTimer = setInterval(() => {
      if (!swapping) void daily();
    }, HOUR);
    // The timer must not keep a finished CLI command or test process alive.
    dailyTimer.unref();
  }

  return {
    get services() {
      return services;
    },
    dispatch: async (operation, input) => {
      if (swapping) await swapping.catch(() => undefined);
      return dispatch(services, operation, input, reportError);
    },
    dbPath,
    close() {
      if (dailyTimer) clearInterval(dailyTimer);
      imports?.close();
      closeDatabase(db);
    },
  };
}

function closeDatabase(db: Database): void {
  if (!db.open) return;
  // SQLite's advice for long-lived connections: let it refresh the planner's statistics on the way out.
  db.pragma('optimize');
  db.close();
}

/** Writes a database file's content into `target` with SQLite's online backup: one transaction, so all or nothing. */
async function copyInto(source: string, target: string): Promise<void> {
  const from = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  try {
    await from.backup(target);
  } finally {
    from.close();
  }
}
