import { useEffect, useState } from 'react';
import type { RotationSessionLink } from '../../../shared/api/rotation-link-operations';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { routeHash } from '../router';
import { formatDate } from './rotation-format';

/** The logged rotation sessions that were about a decision or a goal: the other end of a session's links. */
export function RotationSessionBacklinks({ subject, id }: { subject: 'decision' | 'goal'; id: string }) {
  const [sessions, setSessions] = useState<RotationSessionLink[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = `${subject}-${id}`;

  useEffect(() => {
    let current = true;
    const request = subject === 'decision' ? api().listDecisionRotationSessions({ decisionId: id }) : api().listGoalRotationSessions({ goalId: id });
    request.then((found) => current && setSessions(found)).catch((caught: unknown) => current && setError(errorMessage(caught)));
    return () => {
      current = false;
    };
  }, [subject, id]);

  return (
    <section className="side-section" aria-labelledby={`rotation-sessions-${key}`}>
      <h2 className="side-title" id={`rotation-sessions-${key}`}>
        Rotation sessions
      </h2>
      <ErrorAlert message={error} />
      {sessions !== null &&
        (sessions.length === 0 ? (
          <p className="side-empty">No teaching session was about this {subject} yet. Link one when you log a session on a rotation&apos;s page.</p>
        ) : (
          <ul className="link-list">
            {sessions.map((session) => (
              <li key={`${session.rotationId}-${session.date}`} className="link-item">
                <span className="link-text">
                  <a className="link-target" href={routeHash({ name: 'rotation', id: session.rotationId })}>
                    {session.topic ?? (session.summary.split('\n')[0] || session.rotationName)}
                  </a>
                  <span className="link-kind">
                    {session.rotationName} · {formatDate(session.date)}
                    {session.holderName ? ` · ${session.holderName}` : ''}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
