import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../../shared/sessions/session';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { routeHash } from '../router';
import { sessionState } from './sessions-page';

/** The session history of one decision, on its page: how the team got to what it says. */
export function DecisionSessions({ workspaceId, decisionId, revision }: { workspaceId: string; decisionId: string; revision: number }) {
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Reloads with each revision: finishing a session writes one.
  useEffect(() => {
    api()
      .listSessions({ workspaceId, decisionId })
      .then(setSessions)
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, [workspaceId, decisionId, revision]);

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
