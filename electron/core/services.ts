import type { Database } from 'better-sqlite3';
import type { Services } from '../../shared/api/contract';
import { createCoreContext } from './core-context';
import { decisionServices } from './decision-service';
import { linkServices } from './link-service';
import { revisionServices } from './revision-service';
import { workspaceServices } from './workspace-service';

export interface ServicesOptions {
  /** The clock for timestamps and "today"; tests pass a fixed one. */
  now?: () => Date;
}

/** Every contract operation, implemented on one open database. Inputs are already parsed. */
export function createServices(db: Database, options: ServicesOptions = {}): Services {
  const ctx = createCoreContext(db, options.now ?? (() => new Date()));
  return {
    getProfile: () => ({ name: ctx.profile.name() }),
    setProfile: ({ name }) => {
      ctx.profile.setName(name);
      return { name };
    },
    ...workspaceServices(ctx),
    ...decisionServices(ctx),
    ...linkServices(ctx),
    ...revisionServices(ctx),
  };
}
