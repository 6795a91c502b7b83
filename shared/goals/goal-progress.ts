import type { CalendarDate } from '../domain/calendar-date';
import { worstStatus, type CheckIn, type Goal, type GoalStatus } from './goal';
import { behaviorProgress, type BehaviorProgress } from './behavior-frequency';
import { resultProgress, type ResultProgress } from './result-progress';

export interface GoalProgress {
  /** The worst status of the goal's results and behaviors that have check-ins. */
  status: GoalStatus;
  results: ResultProgress[];
  behaviors: BehaviorProgress[];
}

/** The progress of every result and behavior of a goal, as of `today`. */
export function goalProgress(goal: Pick<Goal, 'results' | 'behaviors' | 'startDate' | 'sprintLengthDays'>, checkIns: readonly CheckIn[], today: CalendarDate): GoalProgress {
  const of = (subjectId: string) => checkIns.filter((c) => c.subjectId === subjectId);
  const results = goal.results.map((result) => resultProgress(result, of(result.id), goal.startDate, today));
  const behaviors = goal.behaviors.map((behavior) => behaviorProgress(behavior, of(behavior.id), goal.startDate, goal.sprintLengthDays));
  return { status: worstStatus([...results, ...behaviors].map((p) => p.status)), results, behaviors };
}
