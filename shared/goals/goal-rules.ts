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
  return findGoalProblems(goal)[0] ?? null;
}

/** The show-me check's problem with the behavior at `index`, unless the coach keeps it anyway. */
export function behaviorProblem(behavior: BehaviorDefinition, index: number): GoalProblem | null {
  const check = checkObservable(behavior.action);
  if (check.observable || behavior.keepAnyway) return null;
  const reasons = check.flags.map((flag) => flag.reason).join(' ');
  return {
    message: `Behavior ${index + 1} ("${behavior.action}") does not pass the show-me check: ${reasons} ${check.question} Rewrite it, or keep it anyway.`,
    field: `behaviors.${index}.action`,
  };
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

/**
 * Every rule the definition breaks, at once, one per field (the first of a field is the one to fix
 * first), so the editor marks them all instead of one per save.
 */
export function findGoalProblems(goal: { startDate: CalendarDate; results: readonly ResultDefinition[]; behaviors: readonly BehaviorDefinition[] }): GoalProblem[] {
  return [
    ...goal.results.flatMap((result, index) => resultRuleProblem(result, index, goal.startDate) ?? []),
    ...goal.behaviors.flatMap((behavior, index) => behaviorProblem(behavior, index) ?? []),
  ];
}

/** The rule the result at `index` breaks, if any, with its field ("results.0.target"). */
export function resultRuleProblem(result: ResultDefinition, index: number, startDate: CalendarDate): GoalProblem | null {
  const problem = resultProblem(result, startDate);
  return problem && { message: `Result ${index + 1} ("${result.metric}"): ${problem.message}`, field: `results.${index}.${problem.field}` };
}
