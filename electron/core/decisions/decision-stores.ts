import type { Database } from 'better-sqlite3';
import type { SearchIndex } from '../search';
import { DecisionRows } from './decision-rows';
import { DecisionStore } from './decision-store';
import { DecisionWriter } from './decision-writer';
import { DueForReview } from './due-for-review';
import { LinkStore } from './link-store';
import { RevisionStore } from './revision-store';

/** The decision log: decisions, their links and revisions, the writer that keeps them together, and its read models. */
export interface DecisionStores {
  decisions: DecisionStore;
  links: LinkStore;
  revisions: RevisionStore;
  writer: DecisionWriter;
  dueForReview: DueForReview;
  decisionRows: DecisionRows;
}

export interface DecisionStoreParts {
  /** The search index every decision write keeps in step. */
  index: SearchIndex;
  /** Whose name a revision carries (the profile's, read at each write). */
  author: () => string | null;
  now: () => Date;
}

export function createDecisionStores(db: Database, { index, author, now }: DecisionStoreParts): DecisionStores {
  const decisions = new DecisionStore(db, index);
  const revisions = new RevisionStore(db);
  return {
    decisions,
    links: new LinkStore(db),
    revisions,
    writer: new DecisionWriter(decisions, revisions, author, now),
    dueForReview: new DueForReview(db),
    decisionRows: new DecisionRows(db),
  };
}
