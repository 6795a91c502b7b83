import type { Database } from 'better-sqlite3';
import type { Services } from '../../shared/api/contract';
import { backupServices, type BackupHost } from './backup/backup-service';
import { createCoreContext } from './core-context';
import type { ImportRunner } from './sync/import/import-jobs';
import { decisionListServices } from './decisions/decision-rows';
import { decisionServices } from './decisions/decision-service';
import { goalServices } from './goals/goal-services';
import { rotationFeatureServices } from './rotations/rotation-feature-services';
import { linkServices } from './decisions/link-service';
import { overviewServices } from './overview/overview-service';
import { openQuestionServices } from './sessions/open-question-service';
import { revisionServices } from './decisions/revision-service';
import { sessionServices } from './sessions/session-service';
import { syncServices } from './sync/sync-service';
import { workspaceServices } from './workspace/workspace-service';

export interface ServicesOptions {
  /** The clock for timestamps and "today"; tests pass a fixed one. */
  now?: () => Date;
  /** The backups folder and the way to swap the database for a restored one (the core holds the connection). */
  backups: BackupHost;
  /** Runs imports in a worker thread; without it they run on this thread. */
  imports?: ImportRunner;
}

/** Every contract operation, implemented on one open database. Inputs are already parsed. */
export function createServices(db: Database, options: ServicesOptions): Services {
  const ctx = createCoreContext(db, options.now ?? (() => new Date()));
  return {
    getProfile: () => ({ name: ctx.profile.name() }),
    setProfile: ({ name }) => {
      ctx.profile.setName(name);
      return { name };
    },
    ...workspaceServices(ctx),
    ...decisionServices(ctx),
    ...decisionListServices(ctx, db),
    ...linkServices(ctx),
    ...revisionServices(ctx),
    ...syncServices(ctx, db, options.imports),
    ...goalServices(db, ctx),
    ...overviewServices(ctx, db),
    ...rotationFeatureServices(ctx, db),
    ...sessionServices(db, ctx),
    ...openQuestionServices(db, ctx),
    ...backupServices(db, ctx.now, options.backups),
  };
}
