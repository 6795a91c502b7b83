import { useId, useState, type FormEvent } from 'react';
import type { Session } from '../../../shared/sessions/session';
import { scoreOptions } from '../../../shared/sessions/weighted-scoring';
import { useSessionStore } from '../stores/session-store';
import { CriteriaGrid } from './criteria-grid';
import { ScoreSelect } from './score-select';

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
        <CriteriaGrid
          criteria={criteria}
          options={options}
          cell={(c, o) => (
            <td>
              <ScoreSelect
                label={`Score of ${o.name} on ${c.name}`}
                value={scores.find((s) => s.criterionId === c.id && s.optionId === o.id)?.score}
                disabled={!running}
                onChange={(score) => void act({ type: 'setScore', criterionId: c.id, optionId: o.id, score })}
              />
            </td>
          )}
          foot={
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
          }
        />
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
