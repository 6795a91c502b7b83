import { useId, useRef, useState, type FormEvent } from 'react';
import { AGREEMENT_SCALES, CONCERN_REQUIRED, lacksConcern, type AgreementMethod } from '../../../shared/sessions/agreement-scale';
import type { Session } from '../../../shared/sessions/session';
import { focusWhenReady } from '../focus/focus-when-ready';
import { AlertIcon } from '../components/alert-icon';
import { useSessionStore } from '../stores/session-store';
import { useBallotDrafts } from './ballot-drafts';
import { VoterList } from './voter-list';
import { RoundStartForm } from './round-start-form';
import { useBallotVoter, VoterSelect } from './ballot-voter';
import { AgreementResults } from './agreement-results';

const NO_VOTE = { level: null, concern: '' };

/**
 * Fist of five or gradients of agreement, voted in turn on the facilitator's machine: each vote is
 * hidden as soon as it is cast, so the next person is not swayed, until the facilitator reveals all.
 */
export function AgreementVote({ session }: { session: Session }) {
  const id = useId();
  const section = useRef<HTMLElement>(null);
  const act = useSessionStore((state) => state.act);
  const { agreement, options, participants } = session.state;
  const running = session.status === 'running';
  const [method, setMethod] = useState<AgreementMethod>('fist-of-five');
  const [optionId, setOptionId] = useState<string>('');
  const onOption = agreement?.optionId ? options.find((o) => o.id === agreement.optionId)?.name : null;

  const start = (anonymous: boolean) => {
    // The setup form gives way to the ballot: the focus goes to its first field (or its reveal button).
    void act({ type: 'startAgreementVote', method, optionId: optionId || null, anonymous }).then((done) => {
      if (done) focusWhenReady(() => section.current?.querySelector<HTMLElement>('.ballot-form select, .ballots .button'));
    });
  };

  return (
    <section ref={section} className="session-subsection" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="session-subtitle">
        Agreement vote
        {agreement && (
          <span className="muted">
            {' '}
            · {AGREEMENT_SCALES[agreement.method].name}
            {onOption ? ` on “${onOption}”` : ''} · {agreement.anonymous ? 'anonymous' : 'names shown'}
          </span>
        )}
      </h3>
      {agreement && !agreement.revealed && <Ballots session={session} />}
      {agreement?.revealed && <AgreementResults round={agreement} participants={participants} />}
      {running && (!agreement || agreement.revealed) && (
        <RoundStartForm className="inline-form vote-setup" label={agreement ? 'Start a new round' : 'Start the vote'} onStart={start}>
          <label htmlFor={`${id}-method`}>Method</label>
          <select id={`${id}-method`} className="select" value={method} onChange={(e) => setMethod(e.target.value as AgreementMethod)}>
            <option value="fist-of-five">Fist of five</option>
            <option value="gradients">Gradients of agreement</option>
          </select>
          <label htmlFor={`${id}-option`}>On</label>
          <select id={`${id}-option`} className="select" value={optionId} onChange={(e) => setOptionId(e.target.value)}>
            <option value="">The proposal as a whole</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </RoundStartForm>
      )}
    </section>
  );
}

function Ballots({ session }: { session: Session }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const act = useSessionStore((state) => state.act);
  const { agreement, participants } = session.state;
  const { voters, cast: voted, current, setVoterId } = useBallotVoter(participants, agreement?.ballots);
  const drafts = useBallotDrafts<{ level: number | null; concern: string }>(NO_VOTE);
  // The voter whose Cast was refused for want of a concern: the message stays at the field until it is written.
  const [concernAsked, setConcernAsked] = useState<string | null>(null);
  if (!agreement) return null;
  const scale = AGREEMENT_SCALES[agreement.method];
  const { level, concern } = drafts.draftOf(current?.id);
  const setLevel = (next: number) => current && drafts.update(current.id, { level: next, concern });
  const setConcern = (next: string) => current && drafts.update(current.id, { level, concern: next });
  const needsConcern = level !== null && level <= scale.concernAtOrBelow;
  const concernMissing = needsConcern && concernAsked === current?.id && concern.trim() === '';

  const cast = async (event: FormEvent) => {
    event.preventDefault();
    if (!current || level === null) return;
    if (lacksConcern(agreement.method, level, concern)) {
      setConcernAsked(current.id);
      focusWhenReady(() => box.current?.querySelector<HTMLElement>('.ballot-form textarea'));
      return;
    }
    if (await act({ type: 'castAgreement', participantId: current.id, level, concern })) {
      // On to whoever is waiting, unless another voter was chosen while this cast was saved.
      setVoterId((chosen) => (chosen === current.id ? '' : chosen));
      drafts.clear(current.id);
      // On to the next voter; once everyone has voted the ballot is gone and the reveal button is next.
      focusWhenReady(() => (voters.some((p) => p.id !== current.id && !voted.has(p.id)) ? box.current?.querySelector<HTMLElement>('.ballot-form select') : box.current?.querySelector<HTMLElement>('.reveal-button')));
    }
  };

  const reveal = async () => {
    const section = box.current?.closest('section');
    if (await act({ type: 'revealVotes', round: 'agreement' })) focusWhenReady(() => section?.querySelector<HTMLElement>('.agreement-results'));
  };

  return (
    <div ref={box} className="ballots">
      <VoterList label="Who has voted" voters={voters} ballots={agreement.ballots.length} cast={voted} castWord="voted" observers={participants.filter((p) => p.role === 'observer')} />
      {voters.length === 0 && <p className="section-empty">Add participants who vote (decision-makers or consulted) first.</p>}
      {current && session.status === 'running' && (
        <form className="ballot-form" onSubmit={(event) => void cast(event)} aria-label="Ballot">
          <VoterSelect id={`${id}-voter`} label="Voter" voters={voters} current={current} onChange={setVoterId} again={voted} />
          <fieldset className="level-choices">
            <legend>{current.name}&apos;s vote</legend>
            {[...scale.levels].reverse().map((l) => (
              <label key={l.level} className={level === l.level ? 'level-choice is-selected' : 'level-choice'}>
                <input type="radio" name={`${id}-level`} className="radio" checked={level === l.level} onChange={() => setLevel(l.level)} />
                <span className="level-number">{l.level}</span> {l.label}
              </label>
            ))}
          </fieldset>
          {needsConcern && (
            <div className="field">
              <label htmlFor={`${id}-concern`}>Concern (required for a block or a low vote)</label>
              <textarea
                id={`${id}-concern`}
                className="textarea"
                value={concern}
                onChange={(e) => setConcern(e.target.value)}
                placeholder="What would have to change for you to support it?"
                aria-invalid={concernMissing ? true : undefined}
                aria-describedby={concernMissing ? `${id}-concern-message` : undefined}
              />
              {concernMissing && (
                <p id={`${id}-concern-message`} className="field-message" role="alert">
                  <AlertIcon className="field-message-icon" />
                  <span>{CONCERN_REQUIRED}</span>
                </p>
              )}
            </div>
          )}
          <button type="submit" className="button button-primary" disabled={level === null}>
            Cast {current.name}&apos;s vote
          </button>
        </form>
      )}
      {session.status === 'running' && (
        <button type="button" className="button reveal-button" disabled={agreement.ballots.length === 0} onClick={() => void reveal()}>
          Reveal {agreement.ballots.length} {agreement.ballots.length === 1 ? 'vote' : 'votes'}
        </button>
      )}
    </div>
  );
}
