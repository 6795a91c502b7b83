import { useEffect, useId, useRef, useState } from 'react';
import { addDays, toCalendarDate } from '../../../shared/domain/calendar-date';
import { doneCheck } from '../../../shared/sessions/done-check';
import { suggestedOption } from '../../../shared/sessions/evaluation-summary';
import type { Outcome, Session } from '../../../shared/sessions/session';
import { navigate } from '../router';
import { useSessionStore } from '../stores/session-store';
import { showToast } from '../stores/toast-store';
import { CommitField } from './commit-field';

/** Choose an option with its justification, or "not now" with a revisit date; then finish. */
export function OutcomePhase({ session }: { session: Session }) {
  const id = useId();
  const act = useSessionStore((state) => state.act);
  const { outcome, options } = session.state;
  const running = session.status === 'running';
  const kind = outcome?.kind ?? null;
  const justification = outcome?.justification ?? '';
  const defaultRevisit = addDays(toCalendarDate(new Date()), 30);
  // The best scored option, when the scores or dots name one; else the first, for the team to change.
  const suggested = suggestedOption(session.state);

  // The outcome last sent and not yet back in the session: a justification committed right after a
  // new option was picked must go with that option, not with the one the page still shows.
  const sent = useRef<Outcome | null>(null);
  useEffect(() => {
    // Caught up once the session shows what was sent (the justification may come back trimmed).
    if (sameChoice(outcome, sent.current)) sent.current = null;
  }, [outcome]);
  const send = (next: Outcome | null) => {
    sent.current = next;
    void act({ type: 'setOutcome', outcome: next });
  };
  const choose = (optionId: string, text = justification) => send(optionId ? { kind: 'chosen', optionId, justification: text } : null);
  const notNow = (revisitOn: string, text = justification) => send({ kind: 'not-now', revisitOn, justification: text });
  const justify = (text: string) => {
    const latest = sent.current ?? outcome;
    if (latest?.kind === 'chosen') choose(latest.optionId, text);
    else if (latest?.kind === 'not-now') notNow(latest.revisitOn, text);
  };

  return (
    <div className="outcome-phase">
      <fieldset className="outcome-kind" disabled={!running}>
        <legend>Outcome</legend>
        <label className="check-label">
          <input type="radio" className="radio" name={`${id}-kind`} checked={kind === 'chosen'} onChange={() => choose(suggested?.optionId ?? options[0]?.id ?? '')} disabled={options.length === 0} />
          Choose an option
        </label>
        <label className="check-label">
          <input type="radio" className="radio" name={`${id}-kind`} checked={kind === 'not-now'} onChange={() => notNow(defaultRevisit)} />
          Not now: revisit later
        </label>
      </fieldset>

      {outcome?.kind === 'chosen' && (
        <div className="field">
          <label htmlFor={`${id}-option`}>Chosen option</label>
          <select
            id={`${id}-option`}
            className="select"
            value={outcome.optionId}
            disabled={!running}
            onChange={(e) => choose(e.target.value)}
            aria-describedby={suggested ? `${id}-suggested` : undefined}
          >
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          {suggested && (
            <p id={`${id}-suggested`} className="field-hint">
              Suggested: {suggested.reason}.
            </p>
          )}
        </div>
      )}
      {outcome?.kind === 'not-now' && (
        <div className="field">
          <label htmlFor={`${id}-revisit`}>Revisit on</label>
          <input id={`${id}-revisit`} type="date" className="input date-input" value={outcome.revisitOn} disabled={!running} onChange={(e) => e.target.value && notNow(e.target.value)} />
        </div>
      )}
      {outcome && (
        <div className="field">
          <label htmlFor={`${id}-why`}>{outcome.kind === 'chosen' ? 'Because' : 'Why not now'}</label>
          <CommitField
            id={`${id}-why`}
            value={justification}
            placeholder={outcome.kind === 'chosen' ? 'What made the team decide on it?' : 'What has to happen first?'}
            onCommit={justify}
          />
        </div>
      )}

      <div className="outcome-grid">
        <div className="field">
          <label htmlFor={`${id}-consequences`}>Consequences</label>
          <CommitField id={`${id}-consequences`} value={session.state.consequences} placeholder="Good, because …  Bad, because …" onCommit={(text) => void act({ type: 'setConsequences', text })} />
          <p className="field-hint">Concerns accepted as a risk are added as &ldquo;Bad, because …&rdquo;.</p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-confirmation`}>Confirmation</label>
          <CommitField id={`${id}-confirmation`} value={session.state.confirmation} placeholder="How will we know the decision holds?" onCommit={(text) => void act({ type: 'setConfirmation', text })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-review`}>Review by</label>
          <input
            id={`${id}-review`}
            type="date"
            className="input date-input"
            value={session.state.reviewBy ?? ''}
            disabled={!running}
            onChange={(e) => void act({ type: 'setReviewBy', date: e.target.value || null })}
          />
        </div>
      </div>
      {running && <FinishSession session={session} />}
    </div>
  );
}

function FinishSession({ session }: { session: Session }) {
  const finish = useSessionStore((state) => state.finish);
  const [checking, setChecking] = useState(false);
  const { outcome } = session.state;
  const items = doneCheck(session.state);
  const gaps = items.filter((item) => !item.met);

  const run = async (acceptAnyway: boolean) => {
    const decision = await finish(acceptAnyway);
    if (!decision) return;
    showToast(outcome?.kind === 'chosen' ? `Decision accepted: ${decision.chosenOption}` : `Not now: revisit on ${decision.reviewBy}`);
  };

  return (
    <section className="finish-session" aria-label="Finish the session">
      {outcome?.kind === 'chosen' && (
        <div className="done-check">
          <h3 className="session-subtitle">Before accepting</h3>
          <ul>
            {items.map((item) => (
              <li key={item.id} className={item.met ? 'is-met' : 'is-gap'}>
                <span aria-hidden="true">{item.met ? '✓' : '○'}</span> {item.label}
                <span className="sr-only">{item.met ? ' (done)' : ' (missing)'}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="toolbar">
        {checking && gaps.length > 0 ? (
          <>
            <span className="muted">
              {gaps.length} {gaps.length === 1 ? 'gap' : 'gaps'} will be noted in the decision.
            </span>
            <button type="button" className="button" onClick={() => setChecking(false)}>
              Keep working
            </button>
            <button type="button" className="button button-primary" onClick={() => void run(true)}>
              Accept anyway
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button-primary"
            disabled={!outcome}
            onClick={() => (outcome?.kind === 'chosen' && gaps.length > 0 ? setChecking(true) : void run(false))}
          >
            {outcome?.kind === 'not-now' ? 'Finish: not now' : 'Finish and accept the decision'}
          </button>
        )}
      </div>
    </section>
  );
}

/** After finishing, the way back to the decision the session wrote. */
export function FinishedNote({ session }: { session: Session }) {
  return (
    <div className="finished-note" role="status">
      <p>
        This session is finished{session.finishedRevision ? ` and wrote revision ${session.finishedRevision} of the decision` : ''}.
      </p>
      <button type="button" className="button" onClick={() => navigate({ name: 'decision', id: session.decisionId })}>
        Open the decision
      </button>
    </div>
  );
}

/** Whether two outcomes choose the same: the same option, or not now until the same date. */
function sameChoice(a: Outcome | null, b: Outcome | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'chosen' && b.kind === 'chosen') return a.optionId === b.optionId;
  if (a.kind === 'not-now' && b.kind === 'not-now') return a.revisitOn === b.revisitOn;
  return false;
}
