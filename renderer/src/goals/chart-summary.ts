import { periodNoun, targetText } from '../../../shared/goals/behavior-frequency';
import type { GoalBehavior } from '../../../shared/goals/goal';
import { numberText, withUnit } from '../../../shared/goals/number-text';

// The words a chart is named by (its role="img" label): what a sighted person reads off it at a
// glance, so a screen reader user gets the same without the data table.

/** "3, 5, 4 and 6": a short list of values in order. */
function listText(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`;
}

/** The sparkline: "Deploys per week: trend of 4 check-ins: 3, 5, 4, 6; target 10". */
export function sparklineSummary(trend: { metric: string; target: number; points: readonly { value: number }[] }): string {
  const count = trend.points.length;
  return `${trend.metric}: trend of ${count} ${count === 1 ? 'check-in' : 'check-ins'}: ${trend.points.map((p) => numberText(p.value)).join(', ')}; target ${numberText(trend.target)}`;
}

/** A result's line: its values from first to last date, with the baseline and the target. */
export function resultChartSummary(result: { metric: string; unit: string; baseline: number; target: number }, points: readonly { date: string; value: number }[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `${result.metric}: no check-ins yet`;
  const span = first.date === last.date ? `on ${first.date}` : `from ${first.date} to ${last.date}`;
  const values = listText(points.map((p) => withUnit(p.value, result.unit)));
  return `${result.metric} over time, ${points.length} ${points.length === 1 ? 'check-in' : 'check-ins'} ${span}: ${values}. Baseline ${withUnit(result.baseline, result.unit)}, target ${withUnit(result.target, result.unit)}.`;
}

/** A behavior's bars: the total of each period, and the target. */
export function behaviorChartSummary(behavior: Pick<GoalBehavior, 'action' | 'period' | 'comparison' | 'targetCount'>, periods: readonly { label: string; total: number }[]): string {
  const totals = listText(periods.map((p) => `${p.label}: ${numberText(p.total)}`));
  return `${behavior.action}, total per ${periodNoun(behavior.period)} over ${periods.length} ${periodNoun(behavior.period, periods.length)}: ${totals}. Target ${targetText(behavior)}.`;
}

/** The combined chart: how many weeks, the result's values, and how many weeks have notes. */
export function combinedChartSummary(metric: string, unit: string, weeks: readonly { weekStart: string; result: number | null; notes: readonly string[] }[]): string {
  const measured = weeks.flatMap((w) => (w.result === null ? [] : [withUnit(w.result, unit)]));
  const noted = weeks.filter((w) => w.notes.length > 0).length;
  const result = measured.length === 0 ? `${metric} not measured yet` : `${metric} ${listText(measured)}`;
  const notes = noted === 0 ? 'no notes' : `notes in ${noted} ${noted === 1 ? 'week' : 'weeks'} (in the data table)`;
  return `Behaviors per week next to ${metric}, ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'} from ${weeks[0]?.weekStart ?? '–'}: ${result}; ${notes}.`;
}
