import { addDays } from '../../../shared/domain/calendar-date';
import type { CheckIn, GoalBehavior, GoalResult } from '../../../shared/goals/goal';
import { weekStart } from '../../../shared/goals/goal-calendar';

/** One week of the combined chart: each behavior's total and the result's latest value that week. */
export interface CombinedWeek {
  weekStart: string;
  /** Behavior id → what counted that week (sum of counts, or the yes answers). */
  behaviors: Record<string, number>;
  /** The result's last value measured that week, or null when it was not measured. */
  result: number | null;
  /** The notes written that week on the result or any behavior, oldest first. */
  notes: string[];
}

/**
 * Puts behaviors and one result on the same weekly time axis, from the week of the goal's start to
 * the week of the latest check-in, so a coach can see whether the behavior moves the result.
 */
export function combinedWeeks(startDate: string, result: GoalResult, behaviors: readonly GoalBehavior[], checkIns: readonly CheckIn[]): CombinedWeek[] {
  const last = checkIns.reduce<string | null>((latest, c) => (latest === null || c.date > latest ? c.date : latest), null);
  if (last === null) return [];
  const weeks: CombinedWeek[] = [];
  for (let week = weekStart(startDate); week <= last; week = addDays(week, 7)) {
    const end = addDays(week, 6);
    const inWeek = checkIns.filter((c) => c.date >= week && c.date <= end);
    const totals: Record<string, number> = {};
    for (const behavior of behaviors) {
      totals[behavior.id] = inWeek
        .filter((c) => c.subjectId === behavior.id)
        .reduce((sum, c) => sum + (behavior.kind === 'yes-no' ? (c.value > 0 ? 1 : 0) : c.value), 0);
    }
    const measured = inWeek.filter((c) => c.subjectId === result.id).sort((a, b) => a.date.localeCompare(b.date));
    weeks.push({
      weekStart: week,
      behaviors: totals,
      result: measured.at(-1)?.value ?? null,
      notes: inWeek.filter((c) => c.note !== '').map((c) => c.note),
    });
  }
  return weeks;
}
