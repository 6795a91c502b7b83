import { useDocumentTitle } from '../app/use-document-title';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { routeHash } from '../router';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { GoalStatusBadge } from './goal-status-badge';
import { TrendSparkline } from './trend-sparkline';

/** Every goal of the workspace with its status and a small trend of its first result. */
export function GoalsPage({ workspaceId }: { workspaceId: string }) {
  const query = useServerQuery('listGoals', { workspaceId });
  const goals = query.data ?? null;
  const error = queryErrorMessage(query);
  useDocumentTitle('Goals');

  return (
    <div className="page page-goals">
      <PageHeader
        title="Goals"
        subtitle="Results first, then the behaviors that lead to them — checked in on week by week."
        action={{ label: 'New goal', href: routeHash({ name: 'goal-editor', id: null }) }}
      />
      <ErrorAlert message={error} />
      {goals === null ? (
        !error && <Loading label="Loading goals…" />
      ) : goals.length === 0 ? (
        <EmptyState title="No goals yet">
          <p className="empty-state-text">
            Start with the context and a measurable result — how much, by when. Then name the behaviors that lead there, ones
            you could see or hear: &ldquo;pairs with a newcomer on one ticket per sprint&rdquo;, not &ldquo;be more supportive&rdquo;.
          </p>
          <a className="button button-primary" href={routeHash({ name: 'goal-editor', id: null })}>
            Define the first goal
          </a>
        </EmptyState>
      ) : (
        <ul className="goal-list" aria-label="Goals">
          {goals.map((goal) => (
            <li key={goal.id} className="goal-row">
              <div className="goal-row-main">
                <a className="goal-row-title" href={routeHash({ name: 'goal', id: goal.id })}>
                  {goal.title}
                </a>
                <span className="goal-row-meta">
                  {[goal.team, `${goal.resultCount} ${goal.resultCount === 1 ? 'result' : 'results'}`, `${goal.behaviorCount} ${goal.behaviorCount === 1 ? 'behavior' : 'behaviors'}`]
                    .filter(Boolean)
                    .join(' · ')}
                  {goal.flaggedBehaviorCount > 0 && <span className="goal-row-flag"> · {goal.flaggedBehaviorCount} not observable</span>}
                </span>
              </div>
              {goal.trend && <TrendSparkline trend={goal.trend} />}
              <span className="goal-row-when">{goal.lastCheckIn ? `Last check-in ${goal.lastCheckIn}` : 'No check-ins yet'}</span>
              <GoalStatusBadge status={goal.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
