import { useMemo } from 'react';
import type { Decision, DecisionContent } from '../../../shared/domain/decision';
import { buildAdrDraft } from '../../../shared/sessions/adr-draft';
import type { Session } from '../../../shared/sessions/session';
import { MarkdownView } from '../components/markdown-view';

/** The ADR as the session would write it, rebuilt from every change: what the room agrees is what is recorded. */
export function AdrDraftPanel({ session, decision, written }: { session: Session; decision: Decision; written: DecisionContent | null }) {
  // A finished session shows what it wrote, not a draft on top of whatever the decision became later.
  const draft = useMemo(() => written ?? buildAdrDraft(decision, session.state), [written, decision, session.state]);
  return (
    <section className="session-card adr-draft" aria-label="ADR draft">
      <h2 className="session-card-title">
        ADR draft <span className="muted">{session.status === 'running' ? 'live' : 'as written'}</span>
      </h2>
      {/* Focusable so that keyboard users can scroll a long draft. */}
      <div className="adr-draft-body" tabIndex={0} role="document" aria-label="ADR draft text">
        <MarkdownView number={decision.number} template={decision.template} content={draft} headingsBelow={2} />
      </div>
    </section>
  );
}
