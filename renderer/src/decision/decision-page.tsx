import { useState } from 'react';
import type { Workspace } from '../../../shared/api/contract';
import { markdownBody } from '../components/markdown-body';
import { renderDecisionMarkdown } from '../../../shared/domain/decision-markdown';
import { useDocumentTitle } from '../app/use-document-title';
import { KbdHint } from '../components/kbd-hint';
import { MarkdownView } from '../components/markdown-view';
import { StatusBadge } from '../components/status-badge';
import { PageHeader } from '../components/page-header';
import { decisionName } from '../decisions/decision-name';
import { ProposeForReview } from '../git/propose-for-review';
import { useKeyShortcut } from '../keyboard/use-key-shortcut';
import { navigate } from '../router';
import { DecisionFindings } from '../check/decision-findings';
import { DecisionReview } from '../review/decision-review';
import { RotationSessionBacklinks } from '../rotations/rotation-session-backlinks';
import { DecisionSessions } from '../sessions/decision-sessions';
import { StartSessionDialog } from '../sessions/start-session-dialog';
import { useUiStore } from '../stores/ui-store';
import { DecisionDetails } from './decision-details';
import { DecisionGoals } from './decision-goals';
import { DecisionLinks } from './decision-links';
import { DecisionMissing } from './decision-missing';
import { DeleteDecisionDialog } from './delete-decision-dialog';
import { StatusControl } from './status-control';
import { useDecision } from './use-decision';

/** One decision: its text, status, details and links, and what can be done with it. */
export function DecisionPage({ id, workspace }: { id: string; workspace: Workspace }) {
  const { decision, loadError, notFound } = useDecision(id);
  const openNewDecision = useUiStore((state) => state.openNewDecision);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [startingSession, setStartingSession] = useState(false);
  useDocumentTitle(decision ? decisionName(decision) : null);
  useKeyShortcut('e', () => navigate({ name: 'edit', id }));

  if (!decision) return <DecisionMissing loadError={loadError} notFound={notFound} />;

  const hasText = markdownBody(renderDecisionMarkdown(decision.number, decision.template, decision)) !== '';

  return (
    <div className="page page-decision">
      <PageHeader
        title={decisionName(decision)}
        badge={<StatusBadge status={decision.status} />}
        actions={
          <>
            <button type="button" className="button button-primary" onClick={() => navigate({ name: 'edit', id })} aria-keyshortcuts="e">
              <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M10.5 2.5l3 3L6 13H3v-3z" />
              </svg>
              Edit
              <KbdHint keys="E" />
            </button>
            <button type="button" className="button" onClick={() => navigate({ name: 'history', id })}>
              History
            </button>
            {decision.status?.toLowerCase() === 'proposed' && <ProposeForReview decisionId={id} workspaceId={workspace.id} name={decisionName(decision)} />}
            <button type="button" className="button" onClick={() => setStartingSession(true)}>
              Start a session
            </button>
            <button type="button" className="button" onClick={() => openNewDecision({ kind: 'supersede', id, number: decision.number, title: decision.title })}>
              Supersede
            </button>
            <button type="button" className="button button-danger-quiet" onClick={() => setConfirmingDelete(true)}>
              Delete
            </button>
          </>
        }
      />

      <div className="decision-layout">
        <article className="document" aria-label="Decision text">
          {hasText ? (
            <MarkdownView number={decision.number} template={decision.template} content={decision} part="body" />
          ) : (
            <div className="document-empty">
              <p>Nothing written yet.</p>
              <p>
                Press <kbd>E</kbd> or choose Edit to describe the context, the options and the outcome.
              </p>
            </div>
          )}
        </article>
        <div className="decision-side">
          <DecisionFindings decision={decision} />
          <StatusControl decision={decision} workspace={workspace} />
          <DecisionDetails decision={decision} />
          <DecisionReview decision={decision} />
          <DecisionLinks decision={decision} workspaceId={workspace.id} />
          <DecisionGoals decisionId={id} />
          <RotationSessionBacklinks subject="decision" id={id} />
          <DecisionSessions workspaceId={workspace.id} decisionId={id} />
        </div>
      </div>

      {confirmingDelete && <DeleteDecisionDialog decision={decision} onClose={() => setConfirmingDelete(false)} />}
      {startingSession && (
        <StartSessionDialog workspaceId={workspace.id} decision={{ id, name: decisionName(decision) }} onClose={() => setStartingSession(false)} />
      )}
    </div>
  );
}
