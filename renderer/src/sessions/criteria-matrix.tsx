import { useId, useState, type FormEvent } from 'react';
import type { Session } from '../../../shared/sessions/session';
import { MAX_SCORE, scoreOptions } from '../../../shared/sessions/weighted-scoring';
import { useSessionStore } from '../stores/session-store';

/** Weighted criteria × options: each score (0–5) times its criterion's weight, totals ranked. */
export function CriteriaMatrix({ session }: { session: Session }) {
  const id = useId();
  const act = useSessionStore((state) => state.act);
  const [name, setName] = useState('');
  const [weight, setWeight] = useState('1');
  const { options, criteria, scores } = session.state;
  const running = session.status === 'running';
  const results = scoreOptions(options.map((o) => o.id), criteria, scores);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await act({ type: 'addCriterion', name, weight: Number(weight) })) setName('');
  };

  return (
    <section className="session-subsection" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="session-subtitle">
        Weighted criteria
      </h3>
      {criteria.length > 0 && options.length > 0 ? (
        <table className="criteria-matrix">
          <thead>
            <tr>
              <th scope="col">Criterion (weight)</th>
              {options.map((o) => (
                <th key={o.id} scope="col">
                  {o.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {c.name} <span className="muted">×{c.weight}</span>
                </th>
                {options.map((o) => {
                  const score = scores.find((s) => s.criterionId === c.id && s.optionId === o.id)?.score;
                  return (
                    <td key={o.id}>
                      <select
                        className="select score-select"
                        aria-label={`Score of ${o.name} on ${c.name}`}
                        value={score ?? ''}
                        disabled={!running}
                        onChange={(e) => void act({ type: 'setScore', criterionId: c.id, optionId: o.id, score: e.target.value === '' ? null : Number(e.target.value) })}
                      >
                        <option value="">–</option>
                        {Array.from({ length: MAX_SCORE + 1 }, (_, n) => (
                          <option key={n} value={n}>
                            {n}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Weighted total</th>
              {options.map((o) => {
                const r = results.find((x) => x.optionId === o.id);
                return (
                  <td key={o.id} className={r?.rank === 1 && r.total > 0 ? 'is-best' : undefined}>
                    {r ? `${r.total} (${Math.round(r.share * 100)}%)` : '–'}
                    {r && r.missing.length > 0 && <span className="muted"> · {r.missing.length} unscored</span>}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      ) : (
        <p className="section-empty">Add the criteria the drivers named, with a weight for how much each matters; then score every option 0–5.</p>
      )}
      {running && (
        <form className="inline-form" onSubmit={(event) => void add(event)}>
          <label htmlFor={`${id}-name`}>Criterion</label>
          <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Operability" autoComplete="off" />
          <label htmlFor={`${id}-weight`}>Weight</label>
          <input id={`${id}-weight`} className="input weight-input" type="number" min={0} max={100} value={weight} onChange={(e) => setWeight(e.target.value)} />
          <button type="submit" className="button">
            Add criterion
          </button>
        </form>
      )}
    </section>
  );
}
