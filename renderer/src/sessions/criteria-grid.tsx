import { Fragment, type ReactNode } from 'react';

interface Criterion {
  id: string;
  name: string;
  weight: number;
}

interface Option {
  id: string;
  name: string;
}

/**
 * A criteria × options table: a row per criterion with its weight, a column per option. The one
 * shared score per cell, a person's ballot and a revealed round's spreads are all drawn in it, in
 * the app and on the participants' phones; `cell` gives each cell's `<td>`.
 */
export function CriteriaGrid<C extends Criterion, O extends Option>({
  criteria,
  options,
  cell,
  foot,
  caption,
  className = 'criteria-matrix',
}: {
  criteria: readonly C[];
  options: readonly O[];
  cell: (criterion: C, option: O) => ReactNode;
  foot?: ReactNode;
  caption?: string;
  /** The room's phones style their own tables (they load none of the app's CSS). */
  className?: string;
}) {
  return (
    <table className={className}>
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
