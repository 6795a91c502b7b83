import { addDays, type CalendarDate } from '../domain/calendar-date';
import type { CheckIn, GoalBehavior, GoalResult } from './goal';
import { weekStart } from './goal-calendar';
import { withUnit } from './number-text';

/** A value axis: where it starts and ends, and its ticks, all round numbers. */
export interface ChartAxis {
  domain: [number, number];
  ticks: number[];
}

/** One week of the combined chart. */
export interface ChartWeek {
  /** The Monday of the week. */
  weekStart: CalendarDate;
  /** Behavior id → what counted that week, or null for a week without a check-in of it (no data, not 0). */
  behaviors: Record<string, number | null>;
  /** The result's last value measured that week, or null when it was not measured. */
  result: number | null;
  /** The confidence (0–10) given with that value, or null when none was given. */
  confidence: number | null;
  /** The notes written that week on the result or any behavior, oldest first. */
  notes: string[];
}

export interface CombinedChart {
  /** Every week from the goal's start to the result's deadline (or the latest check-in, if later). */
  weeks: ChartWeek[];
  /** Left axis: behavior totals per week, from 0. */
  behaviorAxis: ChartAxis;
  /** Right axis: the result, from 0 unless a value is negative, and always showing baseline and target. */
  resultAxis: ChartAxis;
  /** The line to draw across the result axis. */
  target: { value: number; label: string };
  /** Each weekly behavior's target, to draw across the behavior axis. */
  behaviorTargets: { behaviorId: string; value: number }[];
}

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/**
 * Round ticks covering `min` to `max`: a step of 1, 2, 2.5 or 5 times a power of ten, at most about
 * `maxTicks` of them, starting and ending on a multiple of the step (0, 25, 50, …; never 21, 51, 81).
 */
export function niceAxis(min: number, max: number, maxTicks = 5): ChartAxis {
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new Error(`an axis needs finite bounds, not ${min} and ${max}`);
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    // One value: a range of one step around it, so its point is not on the chart's edge.
    const step = niceStep(Math.abs(min) || 1, 1);
    min = min - step;
    max = max + step;
    if (min < 0 && max - step >= 0) min = 0;
  }
  const step = niceStep(max - min, Math.max(1, maxTicks - 1));
  const from = Math.floor(min / step) * step;
  const to = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Counted in steps, then rounded, so 0.1 + 0.2 style sums do not creep into the labels.
  for (let i = 0; from + i * step <= to + step / 1e9; i += 1) ticks.push(round(from + i * step));
  return { domain: [round(from), round(to)], ticks };
}

function niceStep(span: number, intervals: number): number {
  const raw = span / intervals;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = NICE_STEPS.find((s) => s * power >= raw - 1e-12) ?? 10;
  return step * power;
}

function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/**
 * What the combined chart of a goal shows: weekly behavior totals (bars) and one result (a line) on
 * the weeks from the goal's start to the result's deadline, so the time still to go is visible. The
 * result axis starts at 0 when no value is below it, so a small move is not blown up into a big one;
 * it covers the baseline and the target too, and the target is drawn across it. A week without a
 * check-in of a behavior has no bar (no data), not a bar of 0.
 */
export function combinedChart(startDate: CalendarDate, result: GoalResult, behaviors: readonly GoalBehavior[], checkIns: readonly CheckIn[]): CombinedChart {
  const latest = checkIns.reduce<CalendarDate | null>((last, c) => (last === null || c.date > last ? c.date : last), null);
  const end = latest !== null && latest > result.deadline ? latest : result.deadline;
  const weeks: ChartWeek[] = [];
  for (let week = weekStart(startDate); week <= end; week = addDays(week, 7)) {
    const last = addDays(week, 6);
    const inWeek = checkIns.filter((c) => c.date >= week && c.date <= last);
    const totals: Record<string, number | null> = {};
    for (const behavior of behaviors) {
      const own = inWeek.filter((c) => c.subjectId === behavior.id);
      totals[behavior.id] = own.length === 0 ? null : own.reduce((sum, c) => sum + (behavior.kind === 'yes-no' ? (c.value > 0 ? 1 : 0) : c.value), 0);
    }
    const measured = inWeek.filter((c) => c.subjectId === result.id).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    weeks.push({
      weekStart: week,
      behaviors: totals,
      result: measured?.value ?? null,
      confidence: measured?.confidence ?? null,
      notes: inWeek.filter((c) => c.note !== '').map((c) => c.note),
    });
  }
  const resultValues = [result.baseline, result.target, ...weeks.flatMap((w) => (w.result === null ? [] : [w.result]))];
  const low = Math.min(...resultValues);
  const weekly = behaviors.filter((b) => b.period === 'week');
  const behaviorMax = Math.max(1, ...weeks.flatMap((w) => Object.values(w.behaviors).flatMap((v) => (v === null ? [] : [v]))), ...weekly.map((b) => b.targetCount));
  return {
    weeks,
    behaviorAxis: niceAxis(0, behaviorMax),
    resultAxis: niceAxis(low < 0 ? low : 0, Math.max(...resultValues)),
    target: { value: result.target, label: `Target ${withUnit(result.target, result.unit)} by ${result.deadline}` },
    behaviorTargets: weekly.map((b) => ({ behaviorId: b.id, value: b.targetCount })),
  };
}

/** "confidence 7/10", or null when none was given. */
export function confidenceText(confidence: number | null): string | null {
  return confidence === null ? null : `confidence ${confidence}/10`;
}
