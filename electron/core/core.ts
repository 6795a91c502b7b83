import fs from 'node:fs';
import path from 'node:path';
import { AppError, ApiCallError, type ApiResult } from '../../shared/api/api-result';
import type { BackupInfo } from '../../shared/api/backup-operations';
import type { OperationInput, OperationName, OperationOutput, Services } from '../../shared/api/contract';
import { dispatch, reportToConsole, type ErrorReporter } from './api-dispatch';
import { createChangeFeed, type ChangeListener } from './change-feed';
import { backupServices, createBackupProblems, damagedDatabaseServices, replaceDamagedDatabase, takeDailyBackup } from './backup';
import { createCoreContext, type CoreContext } from './core-context';
import { closeDatabase, copyDatabaseFile, DamagedDatabaseError, makePrivateFolder, openDatabase, tightenFile, type Database, type Migration } from './db';
import { decisionListServices, decisionServices, linkServices, reviewServices, revisionServices, workspaceCheckServices } from './decisions';
import { gitServices, stagingSettledConflicts } from './git';
import { goalServices } from './goals';
import { overviewServices } from './overview';
import { RoomHost, roomServices, type RoomLending } from './room';
import { rotationFeatureServices } from './rotations';
import { openQuestionServices, sessionServices } from './sessions';
import { siteServices } from './site';
import { createImportRunner, createSyncRunner, syncServices } from './sync';
import { templateServices } from './templates';
import { profileServices, workspaceServices } from './workspace';

export type { ErrorReporter } from './api-dispatch';
export type { ChangeListener } from './change-feed';

export interface CoreOptions {
  /** The clock for timestamps and "today"; tests pass a fixed one. */
  now?: () => Date;
  /** The schema steps; the app's own list unless a test brings its own. */
  migrations?: readonly Migration[];
  /** Where unexpected failures are recorded (the app log); stderr by default. */
  reportError?: ErrorReporter;
  /**
   * The built import worker (import-worker.js): imports then run on their own thread and connection, with
   * progress and cancel, and so do syncs and their previews; this thread keeps answering. Without it
   * (unit tests, the CLI) they run here.
   */
  importWorker?: string;
  /**
   * What a damaged database file does to the opening (issue 21). 'refuse' (the CLI, tests) throws
   * DamagedDatabaseError, whose message says what to do. 'recover' (the app and the web host) opens a
   * core that answers only getDatabaseStatus and restoreDamagedDatabase (every other operation is
   * refused with code `damaged`) until a backup is restored over the file, and then is the full core.
   */
  whenDamaged?: 'refuse' | 'recover';
  /** A core for a command that writes no record (see OpenDatabaseOptions.readOnly). */
  readOnly?: boolean;
  /**
   * The listener a session's room serves its participants from (ADR 0021), lent by the app and the web
   * host; without it (the CLI, most tests) opening a room is refused.
   */
  room?: RoomLending;
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
  dispatch: (operation: string, input: unknown) => Promise<ApiResult<unknown>>;
  /** Takes today's automatic backup unless it exists or there is no data yet; the host schedules it. */
  takeDailyBackup(): Promise<BackupInfo | null>;
  /** What is wrong while a damaged database waits to be replaced; null while the database is sound. */
  damage: () => DamagedDatabaseError | null;
  /** Settles once the core holds a sound database: at once, unless it opened a damaged one and waits for a restore. */
  sound: Promise<void>;
  /**
   * Follows the change feed: one event after each commit of this core, and one saying "everything"
   * when another connection committed (see noticeOtherWrites) or a restore replaced the database.
   */
  subscribe: (listener: ChangeListener) => () => void;
  /**
   * Whether another connection (the CLI, an import worker, a second process) committed since the last
   * look, announcing it on the feed if so. Cheap (`PRAGMA data_version`): the hosts ask every half second.
   */
  noticeOtherWrites(): boolean;
  dbPath: string;
  close(): void;
}

/** Every contract operation, implemented on one context. Inputs are already parsed. */
export function createServices(ctx: CoreContext): Services {
  const sync = syncServices(ctx);
  return {
    ...profileServices(ctx),
    ...workspaceServices(ctx),
    ...decisionServices(ctx),
    ...decisionListServices(ctx),
    ...linkServices(ctx),
    ...revisionServices(ctx),
    ...reviewServices(ctx),
    ...workspaceCheckServices(ctx),
    ...sync,
    // Settling a conflict a git merge left in a file also marks it resolved for git (git add).
    resolveSyncConflict: stagingSettledConflicts(ctx, sync.resolveSyncConflict),
    ...goalServices(ctx),
    ...overviewServices(ctx),
    ...rotationFeatureServices(ctx),
    ...sessionServices(ctx),
    ...roomServices(ctx),
    ...openQuestionServices(ctx),
    ...backupServices(ctx),
    ...siteServices(ctx),
    ...gitServices(ctx),
    ...templateServices(ctx),
  };
}

/** Opens the data directory's database (`<dataDir>/cairn.db`, backups in `<dataDir>/backups/`) and the services on it. */
export async function openCore(dataDir: string, options: CoreOptions = {}): Promise<Core> {
  const dbPath = path.join(dataDir, 'cairn.db');
  const backupDir = path.join(dataDir, 'backups');
  const now = options.now ?? (() => new Date());
  const reportError = options.reportError ?? reportToConsole;
  const open = () => openDatabase(dbPath, { migrations: options.migrations, backupDir, now: options.now, readOnly: options.readOnly });
  const problems = createBackupProblems(now);
  keepDataPrivate(dataDir, backupDir);

  const feed = createChangeFeed(reportError);
  let db: Database | null = null;
  let damage: DamagedDatabaseError | null = null;
  try {
    db = await open();
  } catch (error) {
    if (!(error instanceof DamagedDatabaseError) || options.whenDamaged !== 'recover') throw error;
    damage = error;
    reportError('The database is damaged; waiting for a backup to be restored over it', error);
  }
  let becameSound = () => {};
  const sound = damage ? new Promise<void>((resolve) => (becameSound = resolve)) : Promise.resolve();
  const connection = (): Database => {
    if (db === null) throw new AppError('damaged', damage?.message ?? 'The database is not open.');
    return db;
  };
  // Commits of other connections show as a new data_version; 0 while no database is open.
  const readDataVersion = () => (db === null ? 0 : (db.pragma('data_version', { simple: true }) as number));
  let seenDataVersion = readDataVersion();
  // While a restore swaps the database, calls wait for it instead of meeting a closed connection.
  let swapping: Promise<void> | null = null;
  const imports = options.importWorker ? createImportRunner({ script: options.importWorker, dbPath, db: connection, now }) : null;
  const syncs = options.importWorker
    ? createSyncRunner({ script: options.importWorker, dbPath, db: connection, now, importing: () => imports?.busy() ?? false, onCommit: feed.committed })
    : null;
  const checkCanRestore = () => {
    if (imports?.busy()) throw new AppError('conflict', 'An import is running; wait for it to finish or cancel it, then restore.');
    if (syncs?.busy()) throw new AppError('conflict', 'A sync is running; wait for it to finish, then restore.');
  };
  const restore = (file: string): Promise<void> => {
    checkCanRestore();
    swapping = replaceDatabase(file).finally(() => (swapping = null));
    return swapping;
  };
  // Rooms outlive a restore: they reach the core through the dispatcher, like any caller.
  const rooms: RoomHost | null = options.room
    ? new RoomHost({ ...options.room, dispatch: (operation, input) => dispatchNow(operation, input), subscribe: feed.subscribe, announce: feed.announce, now })
    : null;
  // The one place the context (and so every store) is built, again after each restore.
  const build = () =>
    createServices(createCoreContext(connection(), { now, backups: { backupDir, restore, checkCanRestore, problems }, imports, rooms, syncs, onCommit: feed.committed }));
  const recover = async (file: string | null) => {
    const recovery = await replaceDamagedDatabase(dbPath, backupDir, file, now());
    db = await open();
    damage = null;
    seenDataVersion = readDataVersion();
    services = build();
    becameSound();
    feed.everything();
    return recovery;
  };
  let services = damage ? damagedDatabaseServices(damage, recover) : build();

  async function replaceDatabase(file: string): Promise<void> {
    closeDatabase(connection());
    try {
      await copyDatabaseFile(file, dbPath);
    } finally {
      // Reopened whether or not the copy worked: the online backup either replaced everything or nothing.
      db = await open();
      seenDataVersion = readDataVersion();
      services = build();
      feed.everything();
    }
  }

  const settled = async () => {
    if (swapping) await swapping.catch(() => undefined);
  };
  const dispatchNow = async (operation: string, input: unknown) => {
    await settled();
    return feed.during(operation, input, () => dispatch(services, operation, input, reportError));
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
      return takeDailyBackup(connection(), { backupDir, problems }, now());
    },
    damage: () => damage,
    sound,
    subscribe: feed.subscribe,
    noticeOtherWrites() {
      if (swapping) return false;
      const version = readDataVersion();
      if (version === seenDataVersion) return false;
      seenDataVersion = version;
      feed.everything();
      return true;
    },
    dbPath,
    close() {
      // The rooms' listeners drop their connections at once; their closing needs no database.
      void rooms?.closeAll();
      imports?.close();
      syncs?.close();
      if (db) closeDatabase(db);
    },
  };
}

/**
 * The data directory, its backups and what is in them are their owner's alone (issue 21). New files
 * are made private as they are written; this tightens what an earlier Cairn left readable to others.
 */
function keepDataPrivate(dataDir: string, backupDir: string): void {
  makePrivateFolder(dataDir);
  if (!fs.existsSync(backupDir)) return;
  makePrivateFolder(backupDir);
  for (const name of fs.readdirSync(backupDir)) tightenFile(path.join(backupDir, name));
}
