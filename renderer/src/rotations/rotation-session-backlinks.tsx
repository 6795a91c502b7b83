import { ErrorAlert } from '../components/error-alert';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { routeHash } from '../router';
import { formatDate } from './rotation-format';

/** The logged rotation sessions that were about a decision or a goal: the other end of a session's links. */
export function RotationSessionBacklinks({ subject, id }: { subject: 'decision' | 'goal'; id: string }) {
  const forDecision = useServerQuery('listDecisionRotationSessions', { decisionId: id }, { enabled: subject === 'decision' });
  const forGoal = useServerQuery('listGoalRotationSessions', { goalId: id }, { enabled: subject === 'goal' });
  const query = subject === 'decision' ? forDecision : forGoal;
  const sessions = query.data ?? null;
  const error = queryErrorMessage(query);
  const key = `${subject}-${id}`;

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
