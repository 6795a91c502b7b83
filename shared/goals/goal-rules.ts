import type { CalendarDate } from '../domain/calendar-date';
import type { BehaviorDefinition, ResultDefinition } from './goal';
import { checkObservable } from './show-me-check';
import { numberText } from './number-text';

/** A rule a goal breaks, with the input field it is about ("results.0.target"). */
export interface GoalProblem {
  message: string;
  field: string;
}

/**
 * The rules a goal's definition must keep beyond each field's own shape: increase and decrease results
 * must have somewhere to go, deadlines come after the start, and every behavior passes the show-me
 * check unless the coach keeps it anyway.
 */
export function findGoalProblem(goal: { startDate: CalendarDate; results: readonly ResultDefinition[]; behaviors: readonly BehaviorDefinition[] }): GoalProblem | null {
  for (const [index, result] of goal.results.entries()) {
    const problem = resultProblem(result, goal.startDate);
    if (problem) return { message: `Result ${index + 1} ("${result.metric}"): ${problem.message}`, field: `results.${index}.${problem.field}` };
  }
  for (const [index, behavior] of goal.behaviors.entries()) {
    const check = checkObservable(behavior.action);
    if (!check.observable && !behavior.keepAnyway) {
      const reasons = check.flags.map((flag) => flag.reason).join(' ');
      return {
        message: `Behavior ${index + 1} ("${behavior.action}") does not pass the show-me check: ${reasons} ${check.question} Rewrite it, or keep it anyway.`,
        field: `behaviors.${index}.action`,
      };
    }
  }
  return null;
}

function resultProblem(result: ResultDefinition, startDate: CalendarDate): { message: string; field: string } | null {
  if (result.direction === 'increase' && result.target <= result.baseline) {
    return { message: `an increase needs a target above the baseline (${numberText(result.baseline)})`, field: 'target' };
  }
  if (result.direction === 'decrease' && result.target >= result.baseline) {
    return { message: `a decrease needs a target below the baseline (${numberText(result.baseline)})`, field: 'target' };
  }
  if (result.deadline <= startDate) {
    return { message: `the deadline ${result.deadline} must come after the goal's start date ${startDate}`, field: 'deadline' };
  }
  return null;
}
