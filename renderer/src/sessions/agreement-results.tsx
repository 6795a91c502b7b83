import { summariseAgreement } from '../../../shared/sessions/agreement-result';
import { levelLabel } from '../../../shared/sessions/agreement-scale';
import type { AgreementRound, Participant } from '../../../shared/sessions/session';

const format = (n: number | null) => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A revealed round: the spread (min, max, every level's count) first, the mean only beside it. */
export function AgreementResults({ round, participants }: { round: AgreementRound; participants: Participant[] }) {
  const levels = round.ballots.flatMap((b) => (b.level === null ? [] : [b.level]));
  const result = summariseAgreement(round.method, levels);
  const widest = Math.max(1, ...result.distribution.map((d) => d.count));
  const nameOf = (id: string | null) => participants.find((p) => p.id === id)?.name;

  return (
    // Focusable: revealing the votes moves the focus here.
    <div className="agreement-results action-result" role="group" aria-label="Vote results" tabIndex={-1}>
      {result.strongDisagreement && (
        <p className="disagreement-flag" role="status">
          Strong disagreement{result.blocks > 0 ? `: ${result.blocks} ${result.blocks === 1 ? 'block' : 'blocks'}` : ': the room is split'}. Talk
          before deciding.
        </p>
      )}
      <dl className="spread-stats">
        <div>
          <dt>Votes</dt>
          <dd>{result.count}</dd>
        </div>
        <div>
          <dt>Lowest</dt>
          <dd>{format(result.min)}</dd>
        </div>
        <div>
          <dt>Highest</dt>
          <dd>{format(result.max)}</dd>
        </div>
        <div>
          <dt>Median</dt>
          <dd>{format(result.median)}</dd>
        </div>
        <div>
          <dt>Mean</dt>
          <dd>{format(result.mean)}</dd>
        </div>
      </dl>
      <table className="distribution">
        <caption className="sr-only">Votes per level</caption>
        <tbody>
          {[...result.distribution].reverse().map((d) => (
            <tr key={d.level}>
              <th scope="row">
                <span className="level-number">{d.level}</span> {levelLabel(round.method, d.level)}
              </th>
              <td>
                <span className="distribution-bar" style={{ width: `${(d.count / widest) * 100}%` }} aria-hidden="true" />
                <span className="distribution-count">{d.count}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!round.anonymous && (
        <ul className="ballot-names">
          {round.ballots.map((b) => (
            <li key={b.participantId}>
              {nameOf(b.participantId)}: {b.level}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
