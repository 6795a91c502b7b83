import { ErrorAlert } from '../components/error-alert';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { routeHash } from '../router';

/** The goals that link to this decision: the other end of a goal's "linked decisions". */
export function DecisionGoals({ decisionId }: { decisionId: string }) {
  const query = useServerQuery('listDecisionGoals', { decisionId });
  const goals = query.data ?? null;
  const error = queryErrorMessage(query);

  return (
    <section className="side-section">
      <h2 className="side-title">Goals</h2>
      <ErrorAlert message={error} />
      {goals !== null &&
        (goals.length === 0 ? (
          <p className="side-empty">No goal links to this decision. Link one from the goal&apos;s page.</p>
        ) : (
          <ul className="link-list">
            {goals.map((goal) => (
              <li key={goal.id} className="link-item">
                <a href={routeHash({ name: 'goal', id: goal.id })}>{goal.title}</a>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
