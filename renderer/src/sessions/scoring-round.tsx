import { useId, useRef, useState } from 'react';
import { summariseEvaluation } from '../../../shared/sessions/evaluation-summary';
import type { Session } from '../../../shared/sessions/session';
import { focusWhenReady } from '../focus/focus-when-ready';
import { useSessionStore } from '../stores/session-store';
import { CriteriaGrid } from './criteria-grid';
import { ScoreSelect } from './score-select';
import { VoterList } from './voter-list';
import { RoundStartForm } from './round-start-form';
import { useBallotVoter, VoterSelect } from './ballot-voter';

/**
 * Everyone scores every option on every criterion, hidden until revealed (from their own devices in
 * the room, or entered here for them); then each cell shows its spread, and the weighted totals come
 * from the mean of everyone's scores instead of the one shared score of the matrix above.
 */
export function ScoringRound({ session }: { session: Session }) {
  const id = useId();
  const section = useRef<HTMLElement>(null);
  const act = useSessionStore((state) => state.act);
  const { scoring, options, criteria } = session.state;
  const running = session.status === 'running';
  const ready = criteria.length > 0 && options.length > 0;

  const start = (anonymous: boolean) => {
    void act({ type: 'startScoring', anonymous }).then((done) => {
      if (done) focusWhenReady(() => section.current?.querySelector<HTMLElement>('.score-ballot select'));
    });
  };

  return (
    <section ref={section} className="session-subsection" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="session-subtitle">
        Everyone’s scores
        {scoring && <span className="muted"> · {scoring.anonymous ? 'anonymous' : 'names shown'}</span>}
      </h3>
      {!scoring && (
        <p className="section-empty">
          {ready
            ? 'Instead of one shared score per cell, each person scores every option, hidden until revealed; the matrix then shows where people see an option differently.'
            : 'Add criteria and options first; then each person can score every option.'}
        </p>
      )}
      {scoring && !scoring.revealed && <ScoreBallots session={session} />}
      {scoring?.revealed && <ScoreSpreads session={session} />}
      {running && ready && (!scoring || scoring.revealed) && (
        <RoundStartForm label={scoring ? 'Start a new scoring round' : 'Start a scoring round'} onStart={start} />
      )}
    </section>
  );
}

/** Who has scored (never what), a ballot to enter a person's scores for them, and the reveal. */
function ScoreBallots({ session }: { session: Session }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const act = useSessionStore((state) => state.act);
  const { scoring, participants, options, criteria } = session.state;
  const { voters, cast: scored, current, setVoterId } = useBallotVoter(participants, scoring?.ballots, { orFirst: true });
  // What this screen entered for each voter; the round itself stays hidden until the reveal.
  const [entered, setEntered] = useState<Record<string, Record<string, number | null>>>({});
  if (!scoring) return null;

  const score = async (criterionId: string, optionId: string, value: number | null) => {
    if (!current) return;
    // A ballot is many cells: it stays this voter's until another is chosen, also once they count as scored.
    setVoterId(current.id);
    if (await act({ type: 'castScore', participantId: current.id, criterionId, optionId, score: value })) {
      setEntered({ ...entered, [current.id]: { ...entered[current.id], [`${criterionId}|${optionId}`]: value } });
    }
  };

  const reveal = async () => {
    const section = box.current?.closest('section');
    if (await act({ type: 'revealVotes', round: 'scoring' })) focusWhenReady(() => section?.querySelector<HTMLElement>('.score-spreads'));
  };

  return (
    <div ref={box} className="ballots">
      <VoterList label="Who has scored" voters={voters} ballots={scoring.ballots.length} cast={scored} castWord="scored" />
      {current && session.status === 'running' && (
        <div className="score-ballot" role="group" aria-label="Score ballot">
          <VoterSelect id={`${id}-voter`} label="Scores of" voters={voters} current={current} onChange={setVoterId} />
          <div className="score-scroll" tabIndex={0} role="group" aria-label={`${current.name}’s scores, 0 to 5`}>
            <CriteriaGrid
              criteria={criteria}
              options={options}
              cell={(c, o) => (
                <td>
                  <ScoreSelect
                    label={`${current.name}’s score of ${o.name} on ${c.name}`}
                    value={entered[current.id]?.[`${c.id}|${o.id}`]}
                    onChange={(value) => void score(c.id, o.id, value)}
                  />
                </td>
              )}
            />
          </div>
          <p className="field-hint">Each score is saved as it is chosen. People in the room score from their own devices.</p>
        </div>
      )}
      {session.status === 'running' && (
        <button type="button" className="button reveal-button" disabled={scoring.ballots.length === 0} onClick={() => void reveal()}>
          Reveal the scores of {scoring.ballots.length} {scoring.ballots.length === 1 ? 'person' : 'people'}
        </button>
      )}
    </div>
  );
}

/** A revealed round: per cell the lowest and highest score (wide ones marked), the mean, and the totals from the means. */
function ScoreSpreads({ session }: { session: Session }) {
  const { options, criteria } = session.state;
  const summary = summariseEvaluation(session.state);
  const cellOf = (criterionId: string, optionId: string) => summary.cells?.find((c) => c.criterionId === criterionId && c.optionId === optionId);
  const people = summary.weightedFrom?.kind === 'people' ? summary.weightedFrom.count : 0;
  return (
    // Focusable: revealing the scores moves the focus here.
    <div className="score-scroll score-spreads action-result" tabIndex={-1} role="group" aria-label="Score spreads">
      <CriteriaGrid
        criteria={criteria}
        options={options}
        caption="Everyone’s scores per cell: lowest to highest, and the mean"
        cell={(c, o) => {
          const cell = cellOf(c.id, o.id);
          if (!cell || cell.mean === null) return <td>–</td>;
          return (
            <td className={cell.wide ? 'is-wide' : undefined}>
              {cell.min === cell.max ? cell.min : `${cell.min}–${cell.max}`}
              <span className="muted"> · mean {formatMean(cell.mean)}</span>
              {cell.wide && <span className="spread-note"> · wide: talk it through</span>}
            </td>
          );
        }}
        foot={
          <tr>
            <th scope="row">Weighted total</th>
            {options.map((o) => {
              const r = summary.weighted?.find((x) => x.optionId === o.id);
              return (
                <td key={o.id} className={r?.rank === 1 && r.total > 0 ? 'is-best' : undefined}>
                  {r ? `${formatMean(r.total)} (${Math.round(r.share * 100)}%)` : '–'}
                </td>
              );
            })}
          </tr>
        }
      />
      <p className="field-hint">
        From the scores of {people} {people === 1 ? 'person' : 'people'}: each cell’s mean times its criterion’s weight.
      </p>
    </div>
  );
}

function formatMean(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
