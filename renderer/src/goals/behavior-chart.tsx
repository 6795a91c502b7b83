import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BehaviorProgress } from '../../../shared/api/goal-operations';
import { periodNoun, targetText } from '../../../shared/goals/behavior-frequency';
import { numberText } from '../../../shared/goals/number-text';
import type { GoalBehavior } from '../../../shared/goals/goal';
import { CHART_COLORS } from './chart-colors';
import { ChartDataTable } from './chart-data-table';
import { behaviorChartSummary } from './chart-summary';

/** A behavior's total per period as bars, with its target as a line across. */
export function BehaviorChart({ behavior, progress, color }: { behavior: GoalBehavior; progress: BehaviorProgress; color: string }) {
  if (progress.periods.length === 0) return <p className="chart-empty">The chart fills in as you check in.</p>;
  const data = progress.periods.map((p) => ({ label: p.label.replace('Week of ', ''), total: p.total }));
  return (
    <figure className="chart" aria-label={`${behavior.action} per ${behavior.period}, target ${targetText(behavior)}`}>
      <ResponsiveContainer width="100%" height={160}>
        {/* A named picture (recharts would make it an unnamed role=application); the table below has the numbers. */}
        <BarChart data={data} margin={{ top: 12, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false} role="img" aria-label={behaviorChartSummary(behavior, data)}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: CHART_COLORS.axis }} tickLine={false} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: CHART_COLORS.axis }} tickLine={false} axisLine={false} width={44} domain={[0, (max: number) => Math.max(max, behavior.targetCount) + 1]} />
          <Tooltip formatter={(value) => [String(value), `per ${behavior.period}`]} />
          <ReferenceLine y={behavior.targetCount} stroke={CHART_COLORS.target} strokeDasharray="6 4" label={{ value: `Target ${targetText(behavior)}`, position: 'insideTopRight', fontSize: 11, fill: CHART_COLORS.target }} />
          <Bar dataKey="total" fill={color} radius={[3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <ChartDataTable
        caption={`${behavior.action}, total per ${periodNoun(behavior.period)}`}
        columns={[`${periodNoun(behavior.period).replace(/^./, (c) => c.toUpperCase())}`, 'Total', 'Target']}
        rows={progress.periods.map((p) => ({ key: p.label, cells: [p.label, numberText(p.total), targetText(behavior)] }))}
      />
    </figure>
  );
}
