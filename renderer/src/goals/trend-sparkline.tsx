import { Line, LineChart, ReferenceLine, YAxis } from 'recharts';
import type { GoalSummary } from '../../../shared/api/goal-operations';
import { CHART_COLORS } from './chart-colors';
import { sparklineSummary } from './chart-summary';

/** A small line of the goal's first result, with its target, for the overview. */
export function TrendSparkline({ trend }: { trend: NonNullable<GoalSummary['trend']> }) {
  if (trend.points.length < 2) return <span className="sparkline-empty">{trend.points.length === 0 ? 'No check-ins' : 'One check-in'}</span>;
  const values = [...trend.points.map((p) => p.value), trend.target];
  return (
    // Named with its values, so the trend is heard as well as seen.
    <LineChart width={120} height={34} data={trend.points} accessibilityLayer={false} aria-label={sparklineSummary(trend)} role="img">
      <YAxis hide domain={[Math.min(...values), Math.max(...values)]} />
      <ReferenceLine y={trend.target} stroke={CHART_COLORS.target} strokeDasharray="3 3" />
      <Line type="monotone" dataKey="value" stroke={CHART_COLORS.result} strokeWidth={1.75} dot={false} isAnimationActive={false} />
    </LineChart>
  );
}
