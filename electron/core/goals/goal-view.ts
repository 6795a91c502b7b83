import { AppError } from '../../../shared/api/api-result';
import type { GoalView } from '../../../shared/api/goal-operations';
import { toCalendarDate } from '../../../shared/domain/calendar-date';
import { goalProgress } from '../../../shared/goals/goal-progress';
import type { CoreContext } from '../core-context';
import type { GoalRecord } from './goal-store';

/** The goal with this id, unless it does not exist or is in the trash. */
export function findLiveGoal(ctx: CoreContext, id: string): GoalRecord | undefined {
  const goal = ctx.goals.definitions.find(id);
  return goal && goal.deletedAt === null ? goal : undefined;
}

/** The goal with this id; not_found (naming `field`) when it does not exist or is in the trash. */
export function requireLiveGoal(ctx: CoreContext, id: string, field?: string): GoalRecord {
  const goal = findLiveGoal(ctx, id);
  if (!goal) throw new AppError('not_found', `Goal ${id} not found`, field);
  return goal;
}

export function today(ctx: CoreContext): string {
  return toCalendarDate(ctx.now());
}

/** The goal as the API shows it: its definition, linked decisions, check-ins and progress as of today. */
export function goalView(ctx: CoreContext, goalId: string): GoalView {
  const { deletedAt: _deletedAt, ...record } = requireLiveGoal(ctx, goalId);
  const goal = { ...record, linkedDecisions: ctx.goals.decisionLinks.linkedTo(goalId) };
  const checkIns = ctx.goals.checkIns.ofGoal(goalId);
  const asOf = today(ctx);
  return { goal, checkIns, progress: goalProgress(goal, checkIns, asOf), today: asOf };
}
