import { useState } from 'react';
import type { SessionSummary } from '../../../shared/sessions/session';
import { PHASE_INFO } from '../../../shared/sessions/session-phase';
import { useDocumentTitle } from '../app/use-document-title';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { decisionName } from '../decisions/decision-name';
import { routeHash } from '../router';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { StartSessionDialog } from './start-session-dialog';

/** Every facilitated session of the workspace, running ones first to pick up where the room left off. */
export function SessionsPage({ workspaceId }: { workspaceId: string }) {
  const query = useServerQuery('listSessions', { workspaceId });
  const sessions = query.data ?? null;
  const error = queryErrorMessage(query);
  const [starting, setStarting] = useState(false);
  useDocumentTitle('Sessions');

  const running = sessions?.filter((s) => s.status === 'running') ?? [];
  const finished = sessions?.filter((s) => s.status === 'finished') ?? [];

  return (
    <div className="page page-sessions">
      <PageHeader
        title="Sessions"
        subtitle="Run the decision meeting in Cairn and leave with the ADR and the minutes."
        action={{ label: 'Start a session', onClick: () => setStarting(true) }}
      />
      <ErrorAlert message={error} />
      {sessions === null ? (
        !error && <Loading label="Loading sessions…" />
      ) : sessions.length === 0 ? (
        <EmptyState title="No sessions yet">
          <p className="empty-state-text">
            A session walks the team through framing the problem, naming drivers, collecting options, surfacing concerns, voting
            with the spread in view and recording the outcome, with a timer for each step. Start one here for a new decision,
            or from a decision&apos;s page.
          </p>
          <button type="button" className="button button-primary" onClick={() => setStarting(true)}>
            Start a session
          </button>
        </EmptyState>
      ) : (
        <>
          {running.length > 0 && <SessionList title="Running" sessions={running} />}
          {finished.length > 0 && <SessionList title="Finished" sessions={finished} />}
        </>
      )}
      {starting && <StartSessionDialog workspaceId={workspaceId} onClose={() => setStarting(false)} />}
    </div>
  );
}

/** "in options", "chose RabbitMQ", "not now, revisit on 2030-01-15". */
export function sessionState(s: SessionSummary): string {
  if (s.status === 'running') return `in ${PHASE_INFO[s.phase].label.toLowerCase()}`;
  if (s.outcome === 'chosen') return `chose ${s.chosenOption ?? 'an option'}`;
  return `not now, revisit on ${s.revisitOn ?? 'a later date'}`;
}

function SessionList({ title, sessions }: { title: string; sessions: SessionSummary[] }) {
  return (
    <section className="session-list-section">
      <h2 className="section-title">{title}</h2>
      <ul className="session-list">
        {sessions.map((s) => (
          <li key={s.id} className="session-row">
            <a className="session-row-link" href={routeHash({ name: 'session', id: s.id })}>
              {decisionName({ number: s.decisionNumber, title: s.title })}
            </a>
            <span className="muted">
              {sessionState(s)} ·{' '}
              {s.participantCount} {s.participantCount === 1 ? 'participant' : 'participants'} · started{' '}
              <time dateTime={s.createdAt}>{new Date(s.createdAt).toLocaleString()}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
