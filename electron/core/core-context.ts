import type { Database } from 'better-sqlite3';
import type { BackupHost } from './backup';
// The context is the one place that builds stores, so it alone imports each feature's stores module
// (lint allows it nothing else inside a feature). The import worker's bundle then carries the
// stores and not every service.
import { createDecisionStores, type DecisionStores } from './decisions/decision-stores';
import { createGoalStores, type GoalStores } from './goals/goal-stores';
import { createOverviewStores, type OverviewStores } from './overview/overview-stores';
import { createRotationStores, type RotationStores } from './rotations/rotation-stores';
import type { RoomHost } from './room';
import type { DecisionSearch } from './search';
import { createSearchStores } from './search/search-stores';
import { createSessionStores, type SessionStores } from './sessions/session-stores';
import type { ImportRunner, SyncRunner } from './sync';
import { SyncStore } from './sync/sync-store';
import { createTemplateStores, type TemplateStores } from './templates/template-stores';
import { createWorkspaceStores, type WorkspaceStores } from './workspace/workspace-stores';

/**
 * What every service gets, and the only thing it gets: one database connection with every store on
 * it (each built once, here), the clock, the one way to write, and what the host lends the core.
 *
 * The decision log's stores (workspaces, profile, decisions, links, revisions, the writer, search)
 * are read by every feature and sit at the top. The other stores are grouped by the feature that
 * owns them (`ctx.goals`, `ctx.sync` …): only that feature uses them; another feature asks the owner
 * through the functions its index.ts exports.
 */
export interface CoreContext extends WorkspaceStores, DecisionStores {
  /** The connection, for the few read models that are plain queries (the folder index, backups). */
  db: Database;
  now: () => Date;
  /**
   * Runs `fn` in one IMMEDIATE transaction, so a second process waits (busy_timeout) instead of
   * failing mid-way. Inside another transaction it becomes a savepoint of that one. Every commit of
   * the core passes here, which makes it the place to announce changes from.
   */
  write<T>(fn: () => T): T;
  search: DecisionSearch;
  sync: SyncStore;
  goals: GoalStores;
  rotations: RotationStores;
  sessions: SessionStores;
  overview: OverviewStores;
  /** The templates teams added in their workspace settings. */
  templates: TemplateStores;
  /** The backups folder and the way to swap the database for a restored one (the core holds the connection). */
  backups: BackupHost;
  /** Runs imports on a worker thread; null runs them on this thread (the CLI, unit tests, the worker itself). */
  imports: ImportRunner | null;
  /** The sessions' open rooms; null where the host lends no listener (the CLI, the import worker). */
  rooms: RoomHost | null;
  /** Runs syncs and their previews on a worker thread; null runs them on this thread (the CLI, unit tests, a worker). */
  syncs: SyncRunner | null;
}

export interface ContextOptions {
  now: () => Date;
  backups: BackupHost;
  imports: ImportRunner | null;
  rooms?: RoomHost | null;
  syncs?: SyncRunner | null;
  /** Told after each commit of `write` (the change feed); never for a rolled-back transaction. */
  onCommit?: () => void;
}

export function createCoreContext(
  db: Database,
  { now, backups, imports, rooms = null, syncs = null, onCommit }: ContextOptions,
): CoreContext {
  const workspace = createWorkspaceStores(db);
  const { facets, index, search } = createSearchStores(db);
  return {
    db,
    now,
    write(fn) {
      if (db.inTransaction) return db.transaction(fn)();
      // `writing` runs inside the transaction: once it holds the write lock no other process can commit
      // until it ends, so what the facet counter sees then is what this transaction starts from.
      const result = db
        .transaction(() => {
          facets.writing();
          return fn();
        })
        .immediate();
      facets.committed();
      onCommit?.();
      return result;
    },
    ...workspace,
    ...createDecisionStores(db, { index, author: () => workspace.profile.name(), now }),
    search,
    sync: new SyncStore(db),
    goals: createGoalStores(db),
    rotations: createRotationStores(db),
    sessions: createSessionStores(db),
    overview: createOverviewStores(db),
    templates: createTemplateStores(db),
    backups,
    imports,
    rooms,
    syncs,
  };
}
