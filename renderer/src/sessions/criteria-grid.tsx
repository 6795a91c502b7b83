import { Fragment, type ReactNode } from 'react';
import type { Session } from '../../../shared/sessions/session';

type State = Session['state'];

/**
 * A criteria × options table: a row per criterion with its weight, a column per option. The one
 * shared score per cell, a person's ballot and a revealed round's spreads are all drawn in it;
 * `cell` gives each cell's `<td>`.
 */
export function CriteriaGrid({
  criteria,
  options,
  cell,
  foot,
  caption,
}: {
  criteria: State['criteria'];
  options: State['options'];
  cell: (criterion: State['criteria'][number], option: State['options'][number]) => ReactNode;
  foot?: ReactNode;
  caption?: string;
}) {
  return (
    <table className="criteria-matrix">
      {caption && <caption className="sr-only">{caption}</caption>}
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
            {options.map((o) => (
              <Fragment key={o.id}>{cell(c, o)}</Fragment>
            ))}
          </tr>
        ))}
      </tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
}
