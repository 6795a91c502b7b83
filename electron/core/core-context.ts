import type { Database } from 'better-sqlite3';
import { DecisionSearch } from './search/decision-search';
import { DecisionStore } from './decisions/decision-store';
import { DecisionWriter } from './decisions/decision-writer';
import { DueForReview } from './decisions/due-for-review';
import { FacetCounter } from './search/facet-counter';
import { LinkStore } from './decisions/link-store';
import { ProfileStore } from './workspace/profile-store';
import { RevisionStore } from './decisions/revision-store';
import { WorkspaceStore } from './workspace/workspace-store';

/** What the services share: the stores over one database, the clock, and a way to write atomically. */
export interface CoreContext {
  now: () => Date;
  /**
   * Runs `fn` in one IMMEDIATE transaction, so a second process waits (busy_timeout) instead of
   * failing mid-way. Inside another transaction it becomes a savepoint of that one.
   */
  write<T>(fn: () => T): T;
  profile: ProfileStore;
  workspaces: WorkspaceStore;
  decisions: DecisionStore;
  links: LinkStore;
  revisions: RevisionStore;
  writer: DecisionWriter;
  search: DecisionSearch;
  dueForReview: DueForReview;
}

export function createCoreContext(db: Database, now: () => Date): CoreContext {
  const profile = new ProfileStore(db);
  const facetCounter = new FacetCounter(db);
  const decisions = new DecisionStore(db, (seq) => facetCounter.changed(seq));
  const revisions = new RevisionStore(db);
  return {
    now,
    write(fn) {
      if (db.inTransaction) return db.transaction(fn)();
      // `writing` runs inside the transaction: once it holds the write lock no other process can commit
      // until it ends, so what the facet counter sees then is what this transaction starts from.
      const result = db
        .transaction(() => {
          facetCounter.writing();
          return fn();
        })
        .immediate();
      facetCounter.committed();
      return result;
    },
    profile,
    workspaces: new WorkspaceStore(db),
    decisions,
    links: new LinkStore(db),
    revisions,
    writer: new DecisionWriter(decisions, revisions, profile, now),
    search: new DecisionSearch(db, facetCounter),
    dueForReview: new DueForReview(db),
  };
}
