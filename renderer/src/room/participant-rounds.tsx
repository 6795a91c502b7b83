import { useId, useState, type FormEvent } from 'react';
import { AGREEMENT_SCALES } from '../../../shared/sessions/agreement-scale';
import { dotBallotProblem, dotsSpent, summariseDots } from '../../../shared/sessions/dot-voting';
import { AgreementResults } from '../sessions/agreement-results';
import { CriteriaGrid } from '../sessions/criteria-grid';
import { ScoreSelect } from '../sessions/score-select';
import { VoteProgress } from '../sessions/vote-progress';
import { useRoomAction, type CardProps } from './use-room-action';

/** Where a hidden round stands, and whether the participant's own ballot is in; never who voted what. */
function Progress({ round, noun }: { round: { voted: number; voters: number; mine: boolean }; noun: string }) {
  return (
    <>
      {round.mine && <p className="room-progress">Your {noun} is in, hidden until the reveal.</p>}
      <VoteProgress voted={round.voted} voters={round.voters} />
    </>
  );
}

export function AgreementCard({ token, view, onView }: CardProps) {
  const id = useId();
  const [level, setLevel] = useState<number | null>(null);
  const [concern, setConcern] = useState('');
  const { run, error } = useRoomAction(token, onView);
  const round = view.agreement;
  if (!round) return null;
  const scale = AGREEMENT_SCALES[round.method];
  const open = !round.revealed && view.status === 'running' && view.me.role !== 'observer';
  const needsConcern = level !== null && level <= scale.concernAtOrBelow;
  const cast = async (event: FormEvent) => {
    event.preventDefault();
    if (level !== null) await run({ type: 'castAgreement', level, concern: needsConcern ? concern : '' });
  };
  return (
    <section className="room-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="room-card-title">
        {scale.name}
        {round.optionName ? ` on “${round.optionName}”` : ' on the proposal'}
        {round.anonymous && <span className="room-badge">anonymous</span>}
      </h2>
      {round.revealed && round.levels ? (
        <AgreementResults
          round={{ method: round.method, optionId: null, anonymous: true, revealed: true, ballots: round.levels.map((l) => ({ participantId: null, level: l, concern: null })) }}
          participants={[]}
        />
      ) : (
        <>
          <Progress round={round} noun="vote" />
          {open && (
            <form className="room-form" onSubmit={(event) => void cast(event)} aria-label="Your vote">
              <fieldset className="level-choices">
                <legend>{round.mine ? 'Change your vote' : 'Your vote'}</legend>
                {[...scale.levels].reverse().map((l) => (
                  <label key={l.level} className={level === l.level ? 'level-choice is-selected' : 'level-choice'}>
                    <input type="radio" name={`${id}-level`} className="radio" checked={level === l.level} onChange={() => setLevel(l.level)} />
                    <span className="level-number">{l.level}</span> {l.label}
                  </label>
                ))}
              </fieldset>
              {needsConcern && (
                <div className="field">
                  <label htmlFor={`${id}-concern`}>Your concern (needed for a block or a low vote)</label>
                  <textarea id={`${id}-concern`} className="textarea" value={concern} onChange={(e) => setConcern(e.target.value)} />
                </div>
              )}
              {error && <p className="field-message">{error}</p>}
              <button type="submit" className="button button-primary" disabled={level === null}>
                {round.mine ? 'Change my vote' : 'Cast my vote'}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}

export function DotsCard({ token, view, onView }: CardProps) {
  const id = useId();
  const [given, setGiven] = useState<Record<string, number>>({});
  const { run, error } = useRoomAction(token, onView);
  const round = view.dots;
  if (!round) return null;
  const nameOf = (optionId: string) => view.options.find((o) => o.id === optionId)?.name ?? 'An option no longer in the session';
  const open = !round.revealed && view.status === 'running' && view.me.role !== 'observer';
  const spent = dotsSpent({ dots: given });
  const problem = dotBallotProblem(given, round.dotsPerPerson, view.options.map((o) => o.id));
  const cast = async (event: FormEvent) => {
    event.preventDefault();
    await run({ type: 'castDots', dots: given });
  };
  return (
    <section className="room-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="room-card-title">
        Dot vote: {round.dotsPerPerson} dots each{round.anonymous && <span className="room-badge">anonymous</span>}
      </h2>
      {round.revealed && round.ballots ? (
        <table className="room-table">
          <caption className="sr-only">Dots per option</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">Dots</th>
              <th scope="col">Fewest–most one person gave</th>
            </tr>
          </thead>
          <tbody>
            {summariseDots(view.options.map((o) => o.id), round.ballots.map((dots) => ({ dots })), round.dotsPerPerson).map((r) => (
              <tr key={r.optionId}>
                <th scope="row">{nameOf(r.optionId)}</th>
                <td>{r.total}</td>
                <td>
                  {r.min}–{r.max}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <>
          <Progress round={round} noun="ballot" />
          {open && (
            <form className="room-form" onSubmit={(event) => void cast(event)} aria-label="Your dots">
              {view.options.map((o) => (
                <label key={o.id} className="room-dots">
                  <input
                    type="number"
                    className="input room-number"
                    min={0}
                    max={round.dotsPerPerson}
                    value={given[o.id] ?? 0}
                    onChange={(e) => setGiven({ ...given, [o.id]: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
                  />
                  {o.name}
                </label>
              ))}
              <p className={problem ? 'field-hint is-over' : 'field-hint'} aria-live="polite">
                {spent} of {round.dotsPerPerson} dots placed{problem && `. ${problem}.`}
              </p>
              {error && <p className="field-message">{error}</p>}
              <button type="submit" className="button button-primary" disabled={spent === 0 || problem !== null}>
                {round.mine ? 'Change my dots' : 'Cast my dots'}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}

/** Each person scores every option on every criterion; once revealed each cell shows its spread. */
export function ScoringCard({ token, view, onView }: CardProps) {
  const id = useId();
  const [mine, setMine] = useState<Record<string, number | null>>({});
  const { run, error } = useRoomAction(token, onView);
  const round = view.scoring;
  if (!round || view.criteria.length === 0 || view.options.length === 0) return null;
  const open = !round.revealed && view.status === 'running' && view.me.role !== 'observer';
  const cellScores = (criterionId: string, optionId: string) =>
    (round.ballots ?? []).flatMap((b) => b.filter((s) => s.criterionId === criterionId && s.optionId === optionId).map((s) => s.score)).sort((a, b) => a - b);
  const score = async (criterionId: string, optionId: string, value: number | null) => {
    if (await run({ type: 'castScore', criterionId, optionId, score: value })) setMine({ ...mine, [`${criterionId}|${optionId}`]: value });
  };
  return (
    <section className="room-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="room-card-title">
        Weighted scores{round.anonymous && <span className="room-badge">anonymous</span>}
      </h2>
      {!round.revealed && <Progress round={round} noun="scoring" />}
      {(open || round.revealed) && (
        <div className="room-scroll">
          <CriteriaGrid
            className="room-table"
            caption={round.revealed ? 'Everyone’s scores per cell' : 'Your scores, 0 to 5'}
            criteria={view.criteria}
            options={view.options}
            cell={(c, o) => {
              if (round.revealed) {
                const scores = cellScores(c.id, o.id);
                return (
                  <td className="room-spread">
                    {scores.length ? `${scores[0]}–${scores.at(-1)}` : '–'}
                    <span className="muted"> ({scores.join(', ')})</span>
                  </td>
                );
              }
              return (
                <td>
                  <ScoreSelect className="select select-small" label={`Your score for ${o.name} on ${c.name}`} value={mine[`${c.id}|${o.id}`]} onChange={(value) => void score(c.id, o.id, value)} />
                </td>
              );
            }}
          />
        </div>
      )}
      {error && <p className="field-message">{error}</p>}
    </section>
  );
}
