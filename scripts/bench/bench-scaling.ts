/**
 * How each step grows with the log (1,000 → 10,000 → 50,000 records), beside how much the data grew,
 * so a reader sees which steps grow faster than the data. The pure part of the scaling table.
 */

/** One step's value at each size of the run, in the order of the sizes; null where it was not measured. */
export interface ScalingRow {
  step: string;
  unit: 'ms' | 'MB';
  values: readonly (number | null)[];
}

/** The factor from one size's value to the next's, or null when either is missing (or the first is zero). */
export function growthOf(from: number | null, to: number | null): number | null {
  if (from === null || to === null || from <= 0) return null;
  return to / from;
}

/**
 * "×7.5", and "×12, faster than the data" when the step grew by more than the log did (a tenth of
 * slack, so a linear step measured with noise is not called out).
 */
export function formatGrowth(growth: number | null, dataGrowth: number): string {
  if (growth === null) return '—';
  const factor = growth >= 10 ? growth.toFixed(0) : growth.toPrecision(2);
  return growth > dataGrowth * 1.1 ? `×${factor}, faster than the data` : `×${factor}`;
}

/** The rows as a Markdown table: a column per size, then one per step between sizes with the growth. */
export function renderScalingTable(sizes: readonly number[], rows: readonly ScalingRow[], formatValue: (value: number, unit: ScalingRow['unit']) => string): string {
  const steps = sizes.slice(1).map((to, i) => ({ from: sizes[i] as number, to }));
  const short = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : n.toLocaleString('en'));
  const head = `| step | ${sizes.map((n) => n.toLocaleString('en')).join(' | ')} | ${steps.map(({ from, to }) => `${short(from)} → ${short(to)} (data ×${to / from})`).join(' | ')} |`;
  const rule = `|---|${sizes.map(() => '---').join('|')}|${steps.map(() => '---').join('|')}|`;
  const body = rows.map((row) => {
    const values = sizes.map((_, i) => row.values[i] ?? null);
    const cells = values.map((v) => (v === null ? 'n/a' : formatValue(v, row.unit)));
    const growths = steps.map(({ from, to }, i) => formatGrowth(growthOf(values[i] ?? null, values[i + 1] ?? null), to / from));
    return `| ${row.step} | ${cells.join(' | ')} | ${growths.join(' | ')} |`;
  });
  return [head, rule, ...body].join('\n');
}
