import type { ResultProgress } from '../../../shared/api/goal-operations';
import type { CheckIn, GoalResult } from '../../../shared/goals/goal';
import { percentText, withUnit } from '../../../shared/goals/number-text';
import { FormulaFigure } from './formula-figure';
import { GoalStatusBadge } from './goal-status-badge';
import { ResultChart } from './result-chart';
import { resultDescription } from './result-description';

/** One result: what it aims for, where it stands with the formulas, and its chart. */
export function ResultCard({ result, progress, checkIns }: { result: GoalResult; progress: ResultProgress; checkIns: CheckIn[] }) {
  const holding = result.direction === 'stay-at-or-above' || result.direction === 'stay-at-or-below';
  return (
    <article className="goal-card" aria-label={`Result: ${result.metric}`}>
      <header className="goal-card-header">
        <div>
          <h3 className="goal-card-title">{result.metric}</h3>
          <p className="goal-card-subtitle">{resultDescription(result)}</p>
        </div>
        <GoalStatusBadge status={progress.status} />
      </header>
      <dl className="formula-list">
        <FormulaFigure
          label="Latest"
          value={progress.latest ? withUnit(progress.latest.value, result.unit) : '—'}
          formula={progress.latest ? `checked in on ${progress.latest.date}` : 'No check-ins yet'}
        />
        {progress.latest && (
          <FormulaFigure
            label="Confidence"
            value={progress.latestConfidence === null ? '—' : `${progress.latestConfidence} of 10`}
            formula={progress.latestConfidence === null ? 'not given with the latest value' : `given with the value of ${progress.latest.date}`}
          />
        )}
        <FormulaFigure
          label={holding ? 'Held the line' : 'Progress'}
          value={progress.percent === null ? '—' : percentText(progress.percent)}
          formula={progress.percentFormula}
        />
        <FormulaFigure label="Status" value={<GoalStatusBadge status={progress.status} />} formula={progress.status === 'no-data' ? '' : progress.statusFormula} />
      </dl>
      <ResultChart result={result} checkIns={checkIns} />
    </article>
  );
}
