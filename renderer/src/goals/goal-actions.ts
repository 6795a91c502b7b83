import type { OperationInput } from '../../../shared/api/contract';
import type { GoalView } from '../../../shared/api/goal-operations';
import type { CheckIn, Goal } from '../../../shared/goals/goal';
import { errorMessage } from '../api/error-message';
import { mutate } from '../queries/run-mutation';
import { navigate } from '../router';
import { showToast } from '../stores/toast-store';

// What can be done to a goal. Each is one write through the query cache, which then shows the new
// state wherever it is on screen; failures throw ApiCallError for the action's caller to show.

export function createGoal(input: OperationInput<'createGoal'>): Promise<GoalView> {
  return mutate('createGoal', input);
}

export function updateGoal(input: OperationInput<'updateGoal'>): Promise<GoalView> {
  return mutate('updateGoal', input);
}

/** Records one date's values for several results and behaviors of the goal. */
export async function recordCheckIns(goal: Goal, input: Omit<OperationInput<'recordCheckIns'>, 'goalId'>): Promise<void> {
  await mutate('recordCheckIns', { ...input, goalId: goal.id });
}

export async function updateCheckIn(input: OperationInput<'updateCheckIn'>): Promise<void> {
  await mutate('updateCheckIn', input);
}

/** Removes a check-in and offers Undo, which records it again. */
export async function deleteCheckIn(checkIn: CheckIn): Promise<void> {
  await mutate('deleteCheckIn', { id: checkIn.id });
  showToast(`Deleted the check-in of ${checkIn.date}`, async () => {
    try {
      const { date, subject, subjectId, value, note, confidence } = checkIn;
      await mutate('recordCheckIns', { goalId: checkIn.goalId, date, entries: [{ subject, subjectId, value, note, confidence }] });
      showToast(`Restored the check-in of ${checkIn.date}`);
    } catch (error) {
      showToast(`Could not restore the check-in: ${errorMessage(error)}`);
    }
  });
}

export async function linkDecision(goal: Goal, decisionId: string): Promise<void> {
  await mutate('linkGoalDecision', { goalId: goal.id, decisionId });
}

export async function unlinkDecision(goal: Goal, decisionId: string): Promise<void> {
  await mutate('unlinkGoalDecision', { goalId: goal.id, decisionId });
}

/** Moves the goal to the trash, returns to the list and offers Undo. */
export async function removeGoal(goal: Goal): Promise<void> {
  const { id, title } = goal;
  // Off its page first, so the page does not show it missing while the list is read again.
  await mutate('deleteGoal', { id }, { beforeRefresh: () => navigate({ name: 'goals' }) });
  showToast(`Deleted goal "${title}"`, async () => {
    try {
      await mutate('restoreGoal', { id });
      showToast(`Restored goal "${title}"`);
    } catch (error) {
      showToast(`Could not restore "${title}": ${errorMessage(error)}`);
    }
  });
}
