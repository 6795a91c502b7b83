import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { routeHash } from '../router';
import { sessionState } from './sessions-page';

/** The session history of one decision, on its page: how the team got to what it says. */
export function DecisionSessions({ workspaceId, decisionId }: { workspaceId: string; decisionId: string }) {
  const query = useServerQuery('listSessions', { workspaceId, decisionId });
  const sessions = query.data ?? null;
  const error = queryErrorMessage(query);

  if (!error && (sessions === null || sessions.length === 0)) return null;
  return (
    <section className="side-section decision-sessions" aria-labelledby="decision-sessions-title">
      <h2 id="decision-sessions-title" className="side-title">
        Sessions
      </h2>
      {error && <p className="side-empty">{error}</p>}
      <ul>
        {sessions?.map((s) => (
          <li key={s.id}>
            <a href={routeHash({ name: 'session', id: s.id })}>
              <time dateTime={s.createdAt}>{new Date(s.createdAt).toLocaleDateString()}</time>
            </a>{' '}
            <span className="muted">{sessionState(s)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
