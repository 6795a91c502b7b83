import type { BehaviorProgress } from '../../../shared/api/goal-operations';
import { targetText } from '../../../shared/goals/behavior-frequency';
import type { GoalBehavior } from '../../../shared/goals/goal';
import { numberText } from '../../../shared/goals/number-text';
import { checkObservable } from '../../../shared/goals/show-me-check';
import { BehaviorChart } from './behavior-chart';
import { FormulaFigure } from './formula-figure';
import { GoalStatusBadge } from './goal-status-badge';
import { ShowMeFlag } from './show-me-flag';

/** One behavior: who does what, its target, the show-me flag if kept anyway, frequency with formulas, chart and weekly totals. */
export function BehaviorCard({ behavior, progress, color }: { behavior: GoalBehavior; progress: BehaviorProgress; color: string }) {
  const kind = behavior.kind === 'yes-no' ? 'yes/no per occurrence' : 'count';
  return (
    <article className="goal-card" aria-label={`Behavior: ${behavior.action}`}>
      <header className="goal-card-header">
        <div>
          <h3 className="goal-card-title">
            <span className="behavior-who">{behavior.who}</span> {behavior.action}
          </h3>
          <p className="goal-card-subtitle">
            Target {targetText(behavior)} · {kind}
            {behavior.observedBy && ` · observed by ${behavior.observedBy}`}
          </p>
        </div>
        <GoalStatusBadge status={progress.status} />
      </header>
      <ShowMeFlag check={checkObservable(behavior.action)} kept />
      {(behavior.antecedent || behavior.consequence) && (
        <dl className="reinforcement">
          {behavior.antecedent && (
            <div>
              <dt>Prompted by</dt>
              <dd>{behavior.antecedent}</dd>
            </div>
          )}
          {behavior.consequence && (
            <div>
              <dt>Followed by</dt>
              <dd>{behavior.consequence}</dd>
            </div>
          )}
        </dl>
      )}
      <dl className="formula-list">
        <FormulaFigure
          label={`Per ${behavior.period}`}
          value={progress.perPeriod === null ? '—' : numberText(progress.perPeriod)}
          formula={progress.formula}
        />
        <FormulaFigure label="Status" value={<GoalStatusBadge status={progress.status} />} formula={progress.status === 'no-data' ? '' : progress.statusFormula} />
      </dl>
      <BehaviorChart behavior={behavior} progress={progress} color={color} />
      {progress.weeklyTotals.length > 0 && (
        <table className="weekly-totals">
          <caption>Weekly totals</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {progress.weeklyTotals.map((week) => (
                <th key={week.weekStart} scope="col">
                  {week.weekStart.slice(5)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Total</th>
              {progress.weeklyTotals.map((week) => (
                <td key={week.weekStart}>{week.hasData ? numberText(week.total) : <span className="field-hint">no data</span>}</td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
    </article>
  );
}
