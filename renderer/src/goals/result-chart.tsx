import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CheckIn, GoalResult } from '../../../shared/goals/goal';
import { numberText, withUnit } from '../../../shared/goals/number-text';
import { CHART_COLORS } from './chart-colors';
import { ChartDataTable } from './chart-data-table';
import { resultChartSummary } from './chart-summary';

/** A result's check-ins over time, with its target (and baseline) as lines across. */
export function ResultChart({ result, checkIns }: { result: GoalResult; checkIns: CheckIn[] }) {
  const data = checkIns.map((c) => ({ date: c.date, value: c.value, note: c.note }));
  if (data.length === 0) return <p className="chart-empty">The chart fills in as you check in.</p>;
  const values = [...data.map((d) => d.value), result.target, result.baseline];
  const padding = (Math.max(...values) - Math.min(...values)) * 0.1 || 1;
  return (
    <figure className="chart" aria-label={`${result.metric} over time, target ${withUnit(result.target, result.unit)}`}>
      <ResponsiveContainer width="100%" height={180}>
        {/* A named picture (recharts would make it an unnamed role=application); the table below has the numbers. */}
        <LineChart data={data} margin={{ top: 12, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false} role="img" aria-label={resultChartSummary(result, data)}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="date" tick={{ fontSize: 11, fill: CHART_COLORS.axis }} tickLine={false} />
          <YAxis
            tick={{ fontSize: 11, fill: CHART_COLORS.axis }}
            tickLine={false}
            axisLine={false}
            width={44}
            domain={[Math.floor(Math.min(...values) - padding), Math.ceil(Math.max(...values) + padding)]}
          />
          <Tooltip formatter={(value) => [withUnit(Number(value), result.unit), result.metric]} />
          <ReferenceLine y={result.baseline} stroke={CHART_COLORS.baseline} strokeDasharray="2 4" label={{ value: 'Baseline', position: 'insideBottomLeft', fontSize: 11, fill: CHART_COLORS.baseline }} />
          <ReferenceLine y={result.target} stroke={CHART_COLORS.target} strokeDasharray="6 4" label={{ value: `Target ${withUnit(result.target, result.unit)}`, position: 'insideTopRight', fontSize: 11, fill: CHART_COLORS.target }} />
          <Line type="monotone" dataKey="value" name={result.metric} stroke={CHART_COLORS.result} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <ChartDataTable
        caption={`${result.metric} by date`}
        columns={['Date', result.unit ? `${result.metric} (${result.unit})` : result.metric, 'Note']}
        rows={checkIns.map((c) => ({ key: c.id, cells: [c.date, numberText(c.value), c.note] }))}
      />
    </figure>
  );
}
