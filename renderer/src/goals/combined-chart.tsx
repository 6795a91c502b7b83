import { useId, useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CheckIn, Goal } from '../../../shared/goals/goal';
import { withUnit } from '../../../shared/goals/number-text';
import { behaviorColor, CHART_COLORS } from './chart-colors';
import { ChartDataTable } from './chart-data-table';
import { combinedChartSummary } from './chart-summary';
import { combinedWeeks, type CombinedWeek } from './combined-series';

/**
 * Behaviors (bars, left axis) and one result (line, right axis) on the same weeks, with the weeks
 * that have notes marked, so the coach can see whether doing the behavior moves the result.
 */
export function CombinedChart({ goal, checkIns }: { goal: Goal; checkIns: CheckIn[] }) {
  const selectId = useId();
  const [resultId, setResultId] = useState(goal.results[0]?.id ?? '');
  const result = goal.results.find((r) => r.id === resultId) ?? goal.results[0];
  if (!result) return null;
  const weeks = combinedWeeks(goal.startDate, result, goal.behaviors, checkIns);
  const data = weeks.map((week) => ({ ...week, ...Object.fromEntries(Object.entries(week.behaviors).map(([id, total]) => [`b-${id}`, total])) }));

  return (
    <section className="goal-section" aria-labelledby={`${selectId}-title`}>
      <div className="goal-section-header">
        <h2 className="section-title" id={`${selectId}-title`}>
          Behaviors and result, week by week
        </h2>
        {goal.results.length > 1 && (
          <div className="inline-field">
            <label htmlFor={selectId}>Result</label>
            <select id={selectId} className="select select-quiet" value={result.id} onChange={(event) => setResultId(event.target.value)}>
              {goal.results.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.metric}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {weeks.length === 0 ? (
        <p className="chart-empty">Once there are check-ins, this shows whether the weeks with more of the behaviors are the weeks the result moves.</p>
      ) : (
        <figure className="chart chart-combined" aria-label={`Behaviors per week next to ${result.metric}`}>
          <ResponsiveContainer width="100%" height={260}>
            {/* A named picture (recharts would make it an unnamed role=application); the table below has the numbers and the notes. */}
            <ComposedChart data={data} margin={{ top: 16, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false} role="img" aria-label={combinedChartSummary(result.metric, result.unit, weeks)}>
              <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
              <XAxis dataKey="weekStart" tick={{ fontSize: 11, fill: CHART_COLORS.axis }} tickLine={false} />
              <YAxis yAxisId="behaviors" allowDecimals={false} tick={{ fontSize: 11, fill: CHART_COLORS.axis }} tickLine={false} axisLine={false} width={36} />
              <YAxis yAxisId="result" orientation="right" tick={{ fontSize: 11, fill: CHART_COLORS.result }} tickLine={false} axisLine={false} width={44} domain={['auto', 'auto']} />
              <Tooltip content={({ active, payload }) => <WeekTooltip active={active} week={payload?.[0]?.payload as CombinedWeek | undefined} goal={goal} resultUnit={result.unit} />} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {goal.behaviors.map((behavior, index) => (
                <Bar key={behavior.id} yAxisId="behaviors" dataKey={`b-${behavior.id}`} name={behavior.action} fill={behaviorColor(index)} radius={[3, 3, 0, 0]} maxBarSize={28} isAnimationActive={false} />
              ))}
              <Line yAxisId="result" type="monotone" dataKey="result" name={result.metric} stroke={CHART_COLORS.result} strokeWidth={2} connectNulls dot={{ r: 3 }} isAnimationActive={false} />
              {weeks
                .filter((week) => week.notes.length > 0 && week.result !== null)
                .map((week) => (
                  <ReferenceDot key={week.weekStart} yAxisId="result" x={week.weekStart} y={week.result!} r={6} fill="none" stroke={CHART_COLORS.note} strokeWidth={2} />
                ))}
            </ComposedChart>
          </ResponsiveContainer>
          <figcaption className="chart-caption">Circled points have notes; hover a week, or open “Show data”, to read them.</figcaption>
          <ChartDataTable
            caption={`Behaviors and ${result.metric}, week by week`}
            columns={['Week of', ...goal.behaviors.map((b) => b.action), result.metric, 'Notes']}
            rows={weeks.map((week) => ({
              key: week.weekStart,
              cells: [
                week.weekStart,
                ...goal.behaviors.map((b) => String(week.behaviors[b.id] ?? 0)),
                week.result === null ? 'not measured' : withUnit(week.result, result.unit),
                week.notes.join(' · '),
              ],
            }))}
          />
        </figure>
      )}
    </section>
  );
}

function WeekTooltip({ active, week, goal, resultUnit }: { active: boolean | undefined; week: CombinedWeek | undefined; goal: Goal; resultUnit: string }) {
  if (!active || !week) return null;
  return (
    <div className="chart-tooltip">
      <strong>Week of {week.weekStart}</strong>
      <ul>
        {goal.behaviors.map((b) => (
          <li key={b.id}>
            {b.action}: {week.behaviors[b.id] ?? 0}
          </li>
        ))}
        <li>Result: {week.result === null ? 'not measured' : withUnit(week.result, resultUnit)}</li>
      </ul>
      {week.notes.map((note, index) => (
        <p key={index} className="chart-tooltip-note">
          “{note}”
        </p>
      ))}
    </div>
  );
}
