import path from 'node:path';
import { AppError, type ApiResult } from '../../shared/api/api-result';
import type { Services } from '../../shared/api/contract';
import { dispatch, reportToConsole, type ErrorReporter } from './api-dispatch';
import { backupServices, takeDailyBackup } from './backup';
import { createCoreContext, type CoreContext } from './core-context';
import { closeDatabase, copyDatabaseFile, openDatabase, type Migration } from './db';
import { decisionListServices, decisionServices, linkServices, revisionServices } from './decisions';
import { goalServices } from './goals';
import { overviewServices } from './overview';
import { rotationFeatureServices } from './rotations';
import { openQuestionServices, sessionServices } from './sessions';
import { createImportRunner, syncServices } from './sync';
import { profileServices, workspaceServices } from './workspace';

export type { ErrorReporter } from './api-dispatch';

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

/** Every contract operation, implemented on one context. Inputs are already parsed. */
export function createServices(ctx: CoreContext): Services {
  return {
    ...profileServices(ctx),
    ...workspaceServices(ctx),
    ...decisionServices(ctx),
    ...decisionListServices(ctx),
    ...linkServices(ctx),
    ...revisionServices(ctx),
    ...syncServices(ctx),
    ...goalServices(ctx),
    ...overviewServices(ctx),
    ...rotationFeatureServices(ctx),
    ...sessionServices(ctx),
    ...openQuestionServices(ctx),
    ...backupServices(ctx),
  };
}

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
  const imports = options.importWorker ? createImportRunner({ script: options.importWorker, dbPath, db: () => db, now }) : null;
  const checkCanRestore = () => {
    if (imports?.busy()) throw new AppError('conflict', 'An import is running; wait for it to finish or cancel it, then restore.');
  };
  const restore = (file: string): Promise<void> => {
    checkCanRestore();
    swapping = replaceDatabase(file).finally(() => (swapping = null));
    return swapping;
  };
  // The one place the context (and so every store) is built, again after each restore.
  const build = () => createServices(createCoreContext(db, { now, backups: { backupDir, restore, checkCanRestore }, imports }));
  let services = build();

  async function replaceDatabase(file: string): Promise<void> {
    closeDatabase(db);
    try {
      await copyDatabaseFile(file, dbPath);
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
