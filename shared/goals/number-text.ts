/** A number as the formulas write it: at most two decimals, no trailing zeros, a true minus sign. */
export function numberText(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const text = String(Math.abs(rounded));
  return rounded < 0 ? `−${text}` : text;
}

/** A percentage, rounded to a whole number unless it is small. */
export function percentText(percent: number): string {
  const rounded = Math.abs(percent) < 10 ? Math.round(percent * 10) / 10 : Math.round(percent);
  return `${numberText(rounded)}%`;
}

/** "5 ms", "120 deploys", or the bare number when the result has no unit. */
export function withUnit(value: number, unit: string): string {
  if (!unit) return numberText(value);
  return unit === '%' ? `${numberText(value)}%` : `${numberText(value)} ${unit}`;
}
