import type { Goal } from '../../../shared/goals/goal';

/** The situation the goal lives in: team, stakeholders, way of working, the start and sprint length. */
export function GoalContextView({ goal }: { goal: Goal }) {
  const { team, stakeholders, wayOfWorking, notes } = goal.context;
  const rows: [string, string][] = [
    ['Team', team],
    ['Stakeholders', stakeholders],
    ['Way of working', wayOfWorking],
    ['Notes', notes],
    ['Started', goal.startDate],
    ['Sprint length', `${goal.sprintLengthDays} days`],
  ];
  return (
    <section className="side-section" aria-labelledby="goal-context-title">
      <h2 className="side-title" id="goal-context-title">
        Context
      </h2>
      <dl className="details">
        {rows
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label} className="details-row">
              <dt>{label}</dt>
              <dd className="goal-context-text">{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
