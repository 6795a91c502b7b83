import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import type { CheckInSubject, GoalBehavior } from '../../../shared/goals/goal';
import { goalView, requireLiveGoal, today } from './goal-view';
import type { GoalRecord } from './goal-store';

/** Refuses a check-in dated before the goal's start or after today; `field` names the date input. */
function checkDate(ctx: CoreContext, goal: GoalRecord, date: string, field: string): void {
  if (date < goal.startDate) {
    throw new AppError('invalid_input', `A check-in on ${date} comes before the goal starts (${goal.startDate})`, field);
  }
  const now = today(ctx);
  if (date > now) throw new AppError('invalid_input', `A check-in on ${date} is in the future (today is ${now})`, field);
}

/** The behavior a check-in is about, if it is about one; refuses a subject that is not part of this goal. */
function subjectOf(goal: GoalRecord, subject: CheckInSubject, subjectId: string, field: string): GoalBehavior | null {
  if (subject === 'result') {
    if (!goal.results.some((r) => r.id === subjectId)) throw new AppError('not_found', `Goal "${goal.title}" has no result ${subjectId}`, field);
    return null;
  }
  const behavior = goal.behaviors.find((b) => b.id === subjectId);
  if (!behavior) throw new AppError('not_found', `Goal "${goal.title}" has no behavior ${subjectId}`, field);
  return behavior;
}

/** A behavior is counted: whole numbers from zero, or 1 (yes) and 0 (no) for a yes/no behavior. */
function checkBehaviorValue(behavior: GoalBehavior | null, value: number, field: string): void {
  if (!behavior) return;
  if (behavior.kind === 'yes-no' && value !== 0 && value !== 1) {
    throw new AppError('invalid_input', `"${behavior.action}" is yes or no: enter 1 for yes or 0 for no, not ${value}`, field);
  }
  if (behavior.kind === 'count' && (!Number.isInteger(value) || value < 0)) {
    throw new AppError('invalid_input', `"${behavior.action}" is counted: enter a whole number of times from 0, not ${value}`, field);
  }
}

export function goalCheckInServices(ctx: CoreContext): Pick<Services, 'recordCheckIns' | 'updateCheckIn' | 'deleteCheckIn'> {
  const requireCheckIn = (id: string) => {
    const checkIn = ctx.goals.checkIns.find(id);
    if (!checkIn) throw new AppError('not_found', `Check-in ${id} not found`, 'id');
    return { checkIn, goal: requireLiveGoal(ctx, checkIn.goalId, 'id') };
  };

  return {
    recordCheckIns: ({ goalId, date, entries }) =>
      ctx.write(() => {
        const goal = requireLiveGoal(ctx, goalId, 'goalId');
        checkDate(ctx, goal, date, 'date');
        const at = ctx.now().toISOString();
        entries.forEach((entry, index) => {
          const behavior = subjectOf(goal, entry.subject, entry.subjectId, `entries.${index}.subjectId`);
          checkBehaviorValue(behavior, entry.value, `entries.${index}.value`);
          ctx.goals.checkIns.insert({ ...entry, id: randomUUID(), goalId, date, createdAt: at, updatedAt: at });
        });
        return goalView(ctx, goalId);
      }),

    updateCheckIn: ({ id, ...values }) =>
      ctx.write(() => {
        const { checkIn, goal } = requireCheckIn(id);
        checkDate(ctx, goal, values.date, 'date');
        checkBehaviorValue(subjectOf(goal, checkIn.subject, checkIn.subjectId, 'id'), values.value, 'value');
        ctx.goals.checkIns.update(id, values, ctx.now().toISOString());
        return goalView(ctx, goal.id);
      }),

    deleteCheckIn: ({ id }) =>
      ctx.write(() => {
        const { goal } = requireCheckIn(id);
        ctx.goals.checkIns.delete(id);
        return goalView(ctx, goal.id);
      }),
  };
}
