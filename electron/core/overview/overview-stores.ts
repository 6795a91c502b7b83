import type { Database } from 'better-sqlite3';
import { DecisionGoalBacklinks } from './decision-goal-backlinks';
import { DecisionGraphStore } from './decision-graph-store';
import { TimelineStore } from './timeline-store';
import { WaitingDecisions } from './waiting-decisions';

/** The overview's read models: the decision graph, the timeline, decisions waiting, and goals that link a decision. */
export interface OverviewStores {
  graphs: DecisionGraphStore;
  timeline: TimelineStore;
  waiting: WaitingDecisions;
  goalBacklinks: DecisionGoalBacklinks;
}

export function createOverviewStores(db: Database): OverviewStores {
  return { graphs: new DecisionGraphStore(db), timeline: new TimelineStore(db), waiting: new WaitingDecisions(db), goalBacklinks: new DecisionGoalBacklinks(db) };
}
