import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/api-result';
import type { GoalView } from '../../../shared/api/goal-operations';
import { toCalendarDate } from '../../../shared/domain/calendar-date';
import { goalProgress } from '../../../shared/goals/goal-progress';
import type { CoreContext } from '../core-context';
import { GoalCheckInStore } from './goal-check-in-store';
import { GoalDecisionLinkStore } from './goal-decision-link-store';
import { GoalStore, type GoalRecord } from './goal-store';

/** The core's shared context plus the stores of goals. */
export interface GoalContext {
  core: CoreContext;
  goals: GoalStore;
  checkIns: GoalCheckInStore;
  decisionLinks: GoalDecisionLinkStore;
}

export function createGoalContext(db: Database, core: CoreContext): GoalContext {
  return { core, goals: new GoalStore(db), checkIns: new GoalCheckInStore(db), decisionLinks: new GoalDecisionLinkStore(db) };
}

/** The goal with this id, unless it does not exist or is in the trash. */
export function requireLiveGoal(ctx: GoalContext, id: string, field?: string): GoalRecord {
  const goal = ctx.goals.find(id);
  if (!goal || goal.deletedAt !== null) throw new AppError('not_found', `Goal ${id} not found`, field);
  return goal;
}

export function today(ctx: GoalContext): string {
  return toCalendarDate(ctx.core.now());
}

/** The goal as the API shows it: its definition, linked decisions, check-ins and progress as of today. */
export function goalView(ctx: GoalContext, goalId: string): GoalView {
  const { deletedAt: _deletedAt, ...record } = requireLiveGoal(ctx, goalId);
  const goal = { ...record, linkedDecisions: ctx.decisionLinks.linkedTo(goalId) };
  const checkIns = ctx.checkIns.ofGoal(goalId);
  const asOf = today(ctx);
  return { goal, checkIns, progress: goalProgress(goal, checkIns, asOf), today: asOf };
}
