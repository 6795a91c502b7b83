import { useEffect, useState } from 'react';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { useDocumentTitle } from '../app/use-document-title';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { decisionName } from '../decisions/decision-name';
import { routeHash } from '../router';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { RoomPanel } from '../room/room-panel';
import { useSessionStore } from '../stores/session-store';
import { AdrDraftPanel } from './adr-draft-panel';
import { FinishedNote } from './outcome-phase';
import { AdviceLog, ParticipantsPanel } from './people-panel';
import { PhasePanel } from './phase-panel';
import { PhaseStepper } from './phase-stepper';
import { QuestionPrompts } from './question-prompts';
import { SessionMinutesDialog } from './session-minutes-dialog';
import { SessionTimer } from './session-timer';

/** The facilitation screen: large type for a shared screen, the timer always in view, the ADR draft beside the work. */
export function SessionPage({ id }: { id: string }) {
  const sessionQuery = useServerQuery('getSession', { id });
  const session = sessionQuery.data ?? null;
  // The decision as last saved (the base of the live ADR draft), and what a finished session wrote into it.
  const decisionQuery = useServerQuery('getDecision', { id: session?.decisionId ?? id }, { enabled: session !== null });
  const writtenQuery = useServerQuery(
    'getRevision',
    { decisionId: session?.decisionId ?? id, revision: session?.finishedRevision ?? 1 },
    { enabled: session?.finishedRevision != null },
  );
  const decision = decisionQuery.data ?? null;
  const written = session?.finishedRevision != null ? (writtenQuery.data?.content ?? null) : null;
  const loadError = queryErrorMessage(sessionQuery) ?? queryErrorMessage(decisionQuery);
  const actionError = useSessionStore((state) => (state.sessionId === id ? state.actionError : null));
  const [showMinutes, setShowMinutes] = useState(false);
  useDocumentTitle(session ? `Session: ${session.title}` : 'Session');

  useEffect(() => {
    useSessionStore.getState().open(id);
    return () => useSessionStore.getState().open(null);
  }, [id]);

  if (loadError && (!session || !decision)) {
    return (
      <div className="page">
        <ErrorAlert message={loadError} />
        <a href="#/sessions">Back to the sessions</a>
      </div>
    );
  }
  if (!session || !decision) return <Loading label="Opening the session…" />;

  return (
    <div className="page page-session">
      <PageHeader
        variant="session"
        eyebrow={
          <>
            Decision session · <a href={routeHash({ name: 'decision', id: session.decisionId })}>{decisionName({ number: session.decisionNumber, title: session.title })}</a>
          </>
        }
        title={session.title}
        actions={
          <>
            <SessionTimer session={session} />
            <button type="button" className="button" onClick={() => setShowMinutes(true)}>
              Minutes
            </button>
          </>
        }
      >
        <ErrorAlert message={actionError} />
      </PageHeader>
      <PhaseStepper session={session} />
      {session.status === 'running' && (
        <p className="session-keys muted">
          <kbd>[</kbd> <kbd>]</kbd> previous / next phase · <kbd>P</kbd> pause or resume
        </p>
      )}
      {session.status === 'finished' && <FinishedNote session={session} />}
      <div className="session-layout">
        <div className="session-main">
          <PhasePanel session={session} />
          <QuestionPrompts session={session} />
        </div>
        <div className="session-side">
          <RoomPanel target={{ kind: 'session', id: session.id }} canOpen={session.status === 'running'} />
          <ParticipantsPanel session={session} />
          <AdrDraftPanel session={session} decision={decision} written={session.status === 'finished' ? written : null} />
          <AdviceLog session={session} />
        </div>
      </div>
      {showMinutes && <SessionMinutesDialog sessionId={session.id} fileName={minutesFileName(session)} onClose={() => setShowMinutes(false)} />}
    </div>
  );
}

/** "0001-minutes-2026-11-29.md": sorts beside the ADR's own file. */
function minutesFileName(session: { decisionNumber: number; createdAt: string }): string {
  return `${formatDecisionNumber(session.decisionNumber)}-minutes-${session.createdAt.slice(0, 10)}.md`;
}
