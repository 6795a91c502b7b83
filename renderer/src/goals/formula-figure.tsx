import type { ReactNode } from 'react';

/** A number with the formula that produced it beside it, so every figure on a goal can be explained; no formula, no text. */
export function FormulaFigure({ label, value, formula }: { label: string; value: ReactNode; formula: string }) {
  return (
    <div className="formula-figure">
      <dt>{label}</dt>
      <dd>
        <span className="formula-value">{value}</span>
        {formula && <span className="formula-text">{formula}</span>}
      </dd>
    </div>
  );
}
