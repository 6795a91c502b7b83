import { useEffect, useState } from 'react';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { useDocumentTitle } from '../app/use-document-title';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { decisionName } from '../decisions/decision-name';
import { routeHash } from '../router';
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
  const load = useSessionStore((state) => state.load);
  const session = useSessionStore((state) => (state.session?.id === id ? state.session : null));
  const decision = useSessionStore((state) => (state.decision?.id === state.session?.decisionId ? state.decision : null));
  const written = useSessionStore((state) => state.written);
  const loadError = useSessionStore((state) => state.loadError);
  const actionError = useSessionStore((state) => state.actionError);
  const [showMinutes, setShowMinutes] = useState(false);
  useDocumentTitle(session ? `Session: ${session.title}` : 'Session');

  useEffect(() => {
    void load(id);
  }, [load, id]);

  if (loadError && !session) {
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
