import path from 'node:path';
import { AppError, ApiCallError, type ApiResult } from '../../shared/api/api-result';
import type { BackupInfo } from '../../shared/api/backup-operations';
import type { OperationInput, OperationName, OperationOutput, Services } from '../../shared/api/contract';
import { dispatch, reportToConsole, type ErrorReporter } from './api-dispatch';
import { backupServices, takeDailyBackup } from './backup';
import { createCoreContext, type CoreContext } from './core-context';
import { closeDatabase, copyDatabaseFile, openDatabase, type Migration } from './db';
import { decisionListServices, decisionServices, linkServices, revisionServices } from './decisions';
import { goalServices } from './goals';
import { overviewServices } from './overview';
import { rotationFeatureServices } from './rotations';
import { openQuestionServices, sessionServices } from './sessions';
import { siteServices } from './site';
import { createImportRunner, syncServices } from './sync';
import { profileServices, workspaceServices } from './workspace';

export type { ErrorReporter } from './api-dispatch';

export interface CoreOptions {
  /** The clock for timestamps and "today"; tests pass a fixed one. */
  now?: () => Date;
  /** The schema steps; the app's own list unless a test brings its own. */
  migrations?: readonly Migration[];
  /** Where unexpected failures are recorded (the app log); stderr by default. */
  reportError?: ErrorReporter;
  /**
   * The built import worker (import-worker.js): imports then run on their own thread and connection, with
   * progress and cancel, and this thread keeps answering. Without it (unit tests, the CLI) they run here.
   */
  importWorker?: string;
}

/**
 * The core as every caller sees it: operations go in by name with their input, through the contract's
 * schemas, and nothing else does (ADR 0014). The services and stores stay inside electron/core.
 */
export interface Core {
  /**
   * Runs an operation the way the transports do (input parsed by the contract, a restore waited for)
   * and returns its value; a failure throws an ApiCallError carrying the error's code, message and field.
   * For callers in this process: the CLI, the sync watcher, tests.
   */
  call<K extends OperationName>(operation: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
  /** The same for raw input from a transport (IPC, HTTP): the result or the error comes back as data. */
  dispatch(operation: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Takes today's automatic backup unless it exists or there is no data yet; the host schedules it. */
  takeDailyBackup(): Promise<BackupInfo | null>;
  dbPath: string;
  close(): void;
}

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
    ...siteServices(ctx),
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

  const settled = async () => {
    if (swapping) await swapping.catch(() => undefined);
  };
  const dispatchNow = async (operation: string, input: unknown) => {
    await settled();
    return dispatch(services, operation, input, reportError);
  };

  return {
    dispatch: dispatchNow,
    async call(operation, input) {
      const result = await dispatchNow(operation, input);
      if (!result.ok) throw new ApiCallError(operation, result.error);
      // The service for `operation` returned it; the table and the Services type pair them.
      return result.value as OperationOutput<typeof operation>;
    },
    async takeDailyBackup() {
      await settled();
      return takeDailyBackup(db, backupDir, now());
    },
    dbPath,
    close() {
      imports?.close();
      closeDatabase(db);
    },
  };
}
