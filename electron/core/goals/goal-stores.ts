import type { Database } from 'better-sqlite3';
import { GoalCheckInStore } from './goal-check-in-store';
import { GoalDecisionLinkStore } from './goal-decision-link-store';
import { GoalStore } from './goal-store';

/** The goals feature's stores: definitions, check-ins and links to decisions. */
export interface GoalStores {
  definitions: GoalStore;
  checkIns: GoalCheckInStore;
  decisionLinks: GoalDecisionLinkStore;
}

export function createGoalStores(db: Database): GoalStores {
  return { definitions: new GoalStore(db), checkIns: new GoalCheckInStore(db), decisionLinks: new GoalDecisionLinkStore(db) };
}
