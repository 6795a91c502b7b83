import { useId, useRef, useState, type FormEvent } from 'react';
import { dotBallotProblem, summariseDots } from '../../../shared/sessions/dot-voting';
import type { Session } from '../../../shared/sessions/session';
import { focusWhenReady } from '../focus/focus-when-ready';
import { useSessionStore } from '../stores/session-store';
import { useBallotDrafts } from './ballot-drafts';
import { VoterList } from './voter-list';
import { RoundStartForm } from './round-start-form';
import { useBallotVoter, VoterSelect } from './ballot-voter';

const NO_DOTS: Record<string, number> = {};

/** Dot voting: each voter spreads a few dots over the options, hidden until revealed; totals with their spread. */
export function DotVote({ session }: { session: Session }) {
  const id = useId();
  const section = useRef<HTMLElement>(null);
  const act = useSessionStore((state) => state.act);
  const { dots, options } = session.state;
  const running = session.status === 'running';
  const [perPerson, setPerPerson] = useState('3');

  const start = (anonymous: boolean) => {
    // The setup form gives way to the ballot: the focus goes to its first field (or its reveal button).
    void act({ type: 'startDotVote', dotsPerPerson: Number(perPerson), anonymous }).then((done) => {
      if (done) focusWhenReady(() => section.current?.querySelector<HTMLElement>('.ballot-form select, .ballots .button'));
    });
  };

  return (
    <section ref={section} className="session-subsection" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="session-subtitle">
        Dot voting
        {dots && (
          <span className="muted">
            {' '}
            · {dots.dotsPerPerson} dots each · {dots.anonymous ? 'anonymous' : 'names shown'}
          </span>
        )}
      </h3>
      {!dots && <p className="section-empty">Useful with many options: everyone spreads a few dots over the ones they favour.</p>}
      {dots && !dots.revealed && <DotBallots session={session} />}
      {dots?.revealed && (
        // Focusable: revealing the dots moves the focus here.
        <table className="criteria-matrix dot-results action-result" aria-label="Dot results" tabIndex={-1}>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">Dots</th>
              <th scope="col">Voters</th>
              <th scope="col">Fewest / most from one person</th>
            </tr>
          </thead>
          <tbody>
            {summariseDots(
              options.map((o) => o.id),
              dots.ballots.map((b) => ({ dots: b.dots ?? {} })),
              dots.dotsPerPerson,
            ).map((r) => (
              <tr key={r.optionId}>
                <th scope="row">{options.find((o) => o.id === r.optionId)?.name}</th>
                <td>{r.total}</td>
                <td>{r.voters}</td>
                <td>
                  {r.min} / {r.max}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {running && (!dots || dots.revealed) && (
        <RoundStartForm label={dots ? 'Start a new dot round' : 'Start dot voting'} disabled={options.length < 2} onStart={start}>
          <label htmlFor={`${id}-per-person`}>Dots each</label>
          <input id={`${id}-per-person`} className="input weight-input" type="number" min={1} max={20} value={perPerson} onChange={(e) => setPerPerson(e.target.value)} />
        </RoundStartForm>
      )}
    </section>
  );
}

function DotBallots({ session }: { session: Session }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const act = useSessionStore((state) => state.act);
  const { dots, participants, options } = session.state;
  const { voters, cast: voted, current, setVoterId } = useBallotVoter(participants, dots?.ballots);
  const drafts = useBallotDrafts<Record<string, number>>(NO_DOTS);
  if (!dots) return null;
  const given = drafts.draftOf(current?.id);
  const setGiven = (next: Record<string, number>) => current && drafts.update(current.id, next);
  const spent = Object.values(given).reduce((sum, n) => sum + n, 0);
  // The core refuses the same ballot in the same words; saying it here keeps Cast from failing.
  const problem = dotBallotProblem(given, dots.dotsPerPerson, options.map((o) => o.id));

  const cast = async (event: FormEvent) => {
    event.preventDefault();
    if (!current) return;
    if (await act({ type: 'castDots', participantId: current.id, dots: given })) {
      // On to whoever is waiting, unless another voter was chosen while this cast was saved.
      setVoterId((chosen) => (chosen === current.id ? '' : chosen));
      drafts.clear(current.id);
      // On to the next voter; the reveal button once everyone has placed their dots.
      focusWhenReady(() => (voters.some((p) => p.id !== current.id && !voted.has(p.id)) ? box.current?.querySelector<HTMLElement>('.ballot-form select') : box.current?.querySelector<HTMLElement>('.reveal-button')));
    }
  };

  const reveal = async () => {
    const section = box.current?.closest('section');
    if (await act({ type: 'revealVotes', round: 'dots' })) focusWhenReady(() => section?.querySelector<HTMLElement>('.dot-results'));
  };

  return (
    <div ref={box} className="ballots">
      <VoterList label="Who has placed dots" voters={voters} ballots={dots.ballots.length} cast={voted} castWord="voted" />
      {current && session.status === 'running' && (
        <form className="ballot-form" onSubmit={(event) => void cast(event)} aria-label="Dot ballot">
          <VoterSelect id={`${id}-voter`} label="Voter" voters={voters} current={current} onChange={setVoterId} />
          <div className="dot-inputs">
            {options.map((o) => (
              <label key={o.id} className="check-label">
                <input
                  type="number"
                  className="input weight-input"
                  min={0}
                  max={dots.dotsPerPerson}
                  value={given[o.id] ?? 0}
                  onChange={(e) => setGiven({ ...given, [o.id]: Math.max(0, Number(e.target.value)) })}
                />
                {o.name}
              </label>
            ))}
          </div>
          <p id={`${id}-spent`} className={problem ? 'field-hint is-over' : 'field-hint'} aria-live="polite">
            {spent} of {dots.dotsPerPerson} dots placed{problem && `. ${problem}.`}
          </p>
          <button type="submit" className="button button-primary" disabled={spent === 0 || problem !== null} aria-describedby={`${id}-spent`}>
            Cast {current.name}&apos;s dots
          </button>
        </form>
      )}
      {session.status === 'running' && (
        <button type="button" className="button reveal-button" disabled={dots.ballots.length === 0} onClick={() => void reveal()}>
          Reveal the dots of {dots.ballots.length} {dots.ballots.length === 1 ? 'person' : 'people'}
        </button>
      )}
    </div>
  );
}
