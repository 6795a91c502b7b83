import { addDays, type CalendarDate } from '../domain/calendar-date';
import type { GoalBehavior, GoalStatus, Period, TargetComparison } from './goal';
import { daysBetween, weekStart } from './goal-calendar';
import { numberText } from './number-text';
import { AT_RISK_PACE, type Measurement } from './result-progress';

export interface BehaviorPeriod {
  start: CalendarDate;
  end: CalendarDate;
  label: string;
  /** What counts against the target: the sum of counts, or the number of "yes" occurrences. */
  total: number;
  /** How many check-ins fell in the period (for yes/no behaviors: how many occurrences were recorded). */
  checkIns: number;
  /** Whether any check-in fell in the period. A period without one has no data: it is not a zero. */
  hasData: boolean;
  /** Whether the period met the target; false for a period without data, which neither meets nor misses it. */
  met: boolean;
}

export interface WeeklyTotal {
  /** The Monday of the week. */
  weekStart: CalendarDate;
  total: number;
  /** Whether any check-in fell in the week; `total` is 0 in a week without data, which is not a zero. */
  hasData: boolean;
}

export interface BehaviorProgress {
  behaviorId: string;
  /** Every period from the one the goal starts in to the one of the latest check-in, oldest first. */
  periods: BehaviorPeriod[];
  /** The average total per period over the periods with data. */
  perPeriod: number | null;
  /** How many periods had check-ins, and how many had none (left out of `perPeriod`). */
  periodsWithData: number;
  periodsWithoutData: number;
  /** How `perPeriod` was worked out, with the numbers put in. */
  formula: string;
  status: GoalStatus;
  statusFormula: string;
  weeklyTotals: WeeklyTotal[];
}

const PERIOD_NOUNS: Record<Period, [string, string]> = { day: ['day', 'days'], week: ['week', 'weeks'], sprint: ['sprint', 'sprints'] };

/** "per week", "3 sprints". */
export function periodNoun(period: Period, count = 1): string {
  return PERIOD_NOUNS[period][count === 1 ? 0 : 1];
}

/** "at least 3 per week". */
export function targetText(behavior: Pick<GoalBehavior, 'comparison' | 'targetCount' | 'period'>): string {
  return `${behavior.comparison === 'at-least' ? 'at least' : 'at most'} ${behavior.targetCount} per ${periodNoun(behavior.period)}`;
}

export function meetsTarget(total: number, comparison: TargetComparison, target: number): boolean {
  return comparison === 'at-least' ? total >= target : total <= target;
}

/**
 * How often a behavior happened per period against its target, from its check-ins. Periods run from
 * the one the goal starts in to the one of the latest check-in. A period without check-ins is a
 * period without data, not a zero (nobody looked, or nobody wrote it down): the pace is the average
 * over the periods that have data, and the formula says how many were left out. A coach who saw the
 * behavior not happen checks in a 0, which counts.
 */
export function behaviorProgress(
  behavior: GoalBehavior,
  measurements: readonly Measurement[],
  startDate: CalendarDate,
  sprintLengthDays: number,
): BehaviorProgress {
  const ordered = [...measurements].sort((a, b) => a.date.localeCompare(b.date));
  const first = ordered[0];
  const last = ordered.at(-1);
  if (!first || !last) {
    return {
      behaviorId: behavior.id,
      periods: [],
      perPeriod: null,
      periodsWithData: 0,
      periodsWithoutData: 0,
      formula: 'No check-ins yet',
      status: 'no-data',
      statusFormula: 'No check-ins yet',
      weeklyTotals: [],
    };
  }
  const begin = first.date < startDate ? first.date : startDate;
  const counted = (m: Measurement) => (behavior.kind === 'yes-no' ? (m.value > 0 ? 1 : 0) : m.value);

  const periods = periodsBetween(begin, last.date, behavior.period, startDate, sprintLengthDays).map((bounds) => {
    const inside = ordered.filter((m) => m.date >= bounds.start && m.date <= bounds.end);
    const total = inside.reduce((sum, m) => sum + counted(m), 0);
    const hasData = inside.length > 0;
    return { ...bounds, total, checkIns: inside.length, hasData, met: hasData && meetsTarget(total, behavior.comparison, behavior.targetCount) };
  });
  const withData = periods.filter((p) => p.hasData);
  const without = periods.length - withData.length;
  const sum = withData.reduce((s, p) => s + p.total, 0);
  const perPeriod = sum / withData.length;
  const noun = periodNoun(behavior.period);
  const plural = periodNoun(behavior.period, 2);
  const divisor = without > 0 ? `${plural} with check-ins` : plural;
  const notes = [
    ...(behavior.kind === 'yes-no' ? [`yes in ${sum} of ${ordered.length} occurrences`] : []),
    ...(without > 0 ? [`${without} ${periodNoun(behavior.period, without)} without check-ins left out`] : []),
  ];
  const formula = `total ÷ ${divisor} = ${numberText(sum)} ÷ ${withData.length} = ${numberText(perPeriod)} per ${noun}${notes.length ? ` (${notes.join('; ')})` : ''}`;

  const status = behaviorStatus(perPeriod, behavior);
  const met = withData.filter((p) => p.met).length;
  const verdict = status === 'on-track' ? 'on track' : status === 'at-risk' ? 'at risk' : 'off track';
  const statusFormula = `${numberText(perPeriod)} per ${noun} against ${targetText(behavior)} → ${verdict}; met in ${met} of ${withData.length} ${periodNoun(behavior.period, withData.length)}${without > 0 ? ' with check-ins' : ''}`;

  return {
    behaviorId: behavior.id,
    periods,
    perPeriod,
    periodsWithData: withData.length,
    periodsWithoutData: without,
    formula,
    status,
    statusFormula,
    weeklyTotals: weeklyTotals(ordered, begin, counted),
  };
}

function behaviorStatus(perPeriod: number, behavior: GoalBehavior): GoalStatus {
  const { comparison, targetCount } = behavior;
  if (meetsTarget(perPeriod, comparison, targetCount)) return 'on-track';
  const nearEnough = comparison === 'at-least' ? perPeriod >= targetCount * AT_RISK_PACE : perPeriod <= targetCount / AT_RISK_PACE;
  return nearEnough ? 'at-risk' : 'off-track';
}

type Bounds = Pick<BehaviorPeriod, 'start' | 'end' | 'label'>;

function periodsBetween(from: CalendarDate, to: CalendarDate, period: Period, startDate: CalendarDate, sprintLengthDays: number): Bounds[] {
  const result: Bounds[] = [];
  for (let bounds = periodOf(from, period, startDate, sprintLengthDays); bounds.start <= to; ) {
    result.push(bounds);
    bounds = periodOf(addDays(bounds.end, 1), period, startDate, sprintLengthDays);
  }
  return result;
}

/** The period of the given kind that holds the date; sprints count from the goal's start date. */
export function periodOf(date: CalendarDate, period: Period, startDate: CalendarDate, sprintLengthDays: number): Bounds {
  if (period === 'day') return { start: date, end: date, label: date };
  if (period === 'week') {
    const start = weekStart(date);
    return { start, end: addDays(start, 6), label: `Week of ${start}` };
  }
  const index = Math.floor(daysBetween(startDate, date) / sprintLengthDays);
  const start = addDays(startDate, index * sprintLengthDays);
  return { start, end: addDays(start, sprintLengthDays - 1), label: `Sprint ${index + 1}` };
}

function weeklyTotals(ordered: readonly Measurement[], begin: CalendarDate, counted: (m: Measurement) => number): WeeklyTotal[] {
  const last = ordered.at(-1)!.date;
  const totals: WeeklyTotal[] = [];
  for (let week = weekStart(begin); week <= last; week = addDays(week, 7)) {
    const end = addDays(week, 6);
    const inside = ordered.filter((m) => m.date >= week && m.date <= end);
    totals.push({ weekStart: week, total: inside.reduce((sum, m) => sum + counted(m), 0), hasData: inside.length > 0 });
  }
  return totals;
}

