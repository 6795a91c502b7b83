import { useId, useState, type FormEvent } from 'react';
import { summariseDots } from '../../../shared/sessions/dot-voting';
import type { Session } from '../../../shared/sessions/session';
import { useSessionStore } from '../stores/session-store';

/** Dot voting: each voter spreads a few dots over the options, hidden until revealed; totals with their spread. */
export function DotVote({ session }: { session: Session }) {
  const id = useId();
  const act = useSessionStore((state) => state.act);
  const { dots, options } = session.state;
  const running = session.status === 'running';
  const [perPerson, setPerPerson] = useState('3');
  const [anonymous, setAnonymous] = useState(true);

  const start = (event: FormEvent) => {
    event.preventDefault();
    void act({ type: 'startDotVote', dotsPerPerson: Number(perPerson), anonymous });
  };

  return (
    <section className="session-subsection" aria-labelledby={`${id}-title`}>
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
        <table className="criteria-matrix" aria-label="Dot results">
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
        <form className="inline-form" onSubmit={start}>
          <label htmlFor={`${id}-per-person`}>Dots each</label>
          <input id={`${id}-per-person`} className="input weight-input" type="number" min={1} max={20} value={perPerson} onChange={(e) => setPerPerson(e.target.value)} />
          <label className="check-label">
            <input type="checkbox" className="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> Anonymous
          </label>
          <button type="submit" className="button" disabled={options.length < 2}>
            {dots ? 'Start a new dot round' : 'Start dot voting'}
          </button>
        </form>
      )}
    </section>
  );
}

function DotBallots({ session }: { session: Session }) {
  const id = useId();
  const act = useSessionStore((state) => state.act);
  const { dots, participants, options } = session.state;
  const voters = participants.filter((p) => p.role !== 'observer');
  const voted = new Set(dots?.ballots.map((b) => b.participantId));
  const [voterId, setVoterId] = useState('');
  const [given, setGiven] = useState<Record<string, number>>({});
  if (!dots) return null;
  const current = voters.find((p) => p.id === voterId) ?? voters.find((p) => !voted.has(p.id));
  const spent = Object.values(given).reduce((sum, n) => sum + n, 0);

  const cast = async (event: FormEvent) => {
    event.preventDefault();
    if (!current) return;
    if (await act({ type: 'castDots', participantId: current.id, dots: given })) {
      setVoterId('');
      setGiven({});
    }
  };

  return (
    <div className="ballots">
      <ul className="voter-list" aria-label="Who has placed dots">
        {voters.map((p) => (
          <li key={p.id} className={voted.has(p.id) ? 'has-voted' : undefined}>
            {p.name}: {voted.has(p.id) ? 'voted (hidden)' : 'waiting'}
          </li>
        ))}
      </ul>
      {current && session.status === 'running' && (
        <form className="ballot-form" onSubmit={(event) => void cast(event)} aria-label="Dot ballot">
          <div className="field">
            <label htmlFor={`${id}-voter`}>Voter</label>
            <select id={`${id}-voter`} className="select" value={current.id} onChange={(e) => setVoterId(e.target.value)}>
              {voters.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
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
          <p className={spent > dots.dotsPerPerson ? 'field-hint is-over' : 'field-hint'}>
            {spent} of {dots.dotsPerPerson} dots placed
          </p>
          <button type="submit" className="button button-primary" disabled={spent === 0}>
            Cast {current.name}&apos;s dots
          </button>
        </form>
      )}
      {session.status === 'running' && (
        <button type="button" className="button" disabled={dots.ballots.length === 0} onClick={() => void act({ type: 'revealVotes', round: 'dots' })}>
          Reveal the dots of {dots.ballots.length} {dots.ballots.length === 1 ? 'person' : 'people'}
        </button>
      )}
    </div>
  );
}
