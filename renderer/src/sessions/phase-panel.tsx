import { useId } from 'react';
import type { Session } from '../../../shared/sessions/session';
import { PHASE_INFO } from '../../../shared/sessions/session-phase';
import { useSessionStore } from '../stores/session-store';
import { AgreementVote } from './agreement-vote';
import { CommitField } from './commit-field';
import { ConcernsPhase } from './concerns-phase';
import { CriteriaMatrix } from './criteria-matrix';
import { ScoringRound } from './scoring-round';
import { DotVote } from './dot-vote';
import { OpenRewriteHint } from './open-rewrite-hint';
import { OptionsPhase } from './options-phase';
import { OutcomePhase } from './outcome-phase';

/** The work of the current phase, its timebox and the facilitator's notes. */
export function PhasePanel({ session }: { session: Session }) {
  const id = useId();
  const act = useSessionStore((state) => state.act);
  const { phase } = session.state;
  const info = PHASE_INFO[phase];
  const running = session.status === 'running';
  const notes = session.state.notes[phase] ?? '';

  return (
    <section className="session-card phase-panel" aria-labelledby={`${id}-title`}>
      <header className="phase-panel-header">
        <div>
          <h2 id={`${id}-title`} className="phase-title action-result" data-phase={phase} tabIndex={-1}>
            {info.label}
          </h2>
          <p className="phase-purpose">
            {info.purpose} <span className="muted">Fills “{info.adrSection}”.</span>
          </p>
        </div>
        {running && (
          <div className="timebox-field">
            <label htmlFor={`${id}-timebox`}>Timebox</label>
            <input
              id={`${id}-timebox`}
              key={`${phase}-${session.state.timeboxes[phase]}`}
              className="input"
              type="number"
              min={1}
              max={240}
              defaultValue={session.state.timeboxes[phase]}
              onBlur={(e) => {
                const minutes = Number(e.target.value);
                if (minutes !== session.state.timeboxes[phase]) void act({ type: 'setTimebox', phase, minutes });
              }}
            />
            <span>min</span>
          </div>
        )}
      </header>

      {phase === 'frame' && (
        <div className="field">
          <label htmlFor={`${id}-context`}>Context and problem statement</label>
          <CommitField id={`${id}-context`} large value={session.state.context} placeholder="What is the problem, and why does it need a decision now?" onCommit={(text) => void act({ type: 'setContext', text })} />
        </div>
      )}
      {phase === 'drivers' && (
        <div className="field">
          <label htmlFor={`${id}-drivers`}>Decision drivers</label>
          <CommitField id={`${id}-drivers`} large value={session.state.drivers} placeholder="* One force, quality or constraint per line" onCommit={(text) => void act({ type: 'setDrivers', text })} />
        </div>
      )}
      {phase === 'options' && <OptionsPhase session={session} />}
      {phase === 'concerns' && <ConcernsPhase session={session} />}
      {phase === 'evaluate' && (
        <>
          <CriteriaMatrix session={session} />
          <ScoringRound session={session} />
          <AgreementVote session={session} />
          <DotVote session={session} />
        </>
      )}
      {phase === 'outcome' && <OutcomePhase session={session} />}

      <div className="field phase-notes">
        <label htmlFor={`${id}-notes`}>Facilitator notes for {info.label.toLowerCase()}</label>
        <CommitField id={`${id}-notes`} value={notes} placeholder="What was said, what to come back to" onCommit={(text) => void act({ type: 'setNotes', phase, text })} />
        <OpenRewriteHint text={notes} />
      </div>
    </section>
  );
}
