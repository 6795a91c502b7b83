/**
 * Absolute times move from machine to machine; a step's time divided by work measured beside it in the
 * same run (a floor of this machine, or a peer tool) does not. These are the pure parts of that table.
 */

/** One step of Cairn beside what bounds it, at one log size. */
export interface RatioRow {
  work: string;
  records: number;
  /** Cairn's median, in the row's unit; null when it was not measured. */
  cairn: number | null;
  /** What the step is measured against, said so a reader knows why it bounds it ("`cp -r` of the folder"). */
  bound: string;
  /** The bound's median; null when the row has an absolute target only, or the bound was not measured. */
  boundValue: number | null;
  unit: 'ms' | 'MB';
  /** The ratio (or, without a bound, the absolute value) the step must stay at or under. */
  target: number | null;
}

/** Cairn's value over the bound's, or null when either is missing (or the bound took no time at all). */
export function ratioOf(cairn: number | null, bound: number | null): number | null {
  if (cairn === null || bound === null || bound <= 0) return null;
  return cairn / bound;
}

/** "13×", "2.4×", "0.66×": two significant figures below 10, whole numbers above. */
export function formatRatio(ratio: number | null): string {
  if (ratio === null) return '—';
  if (ratio >= 10) return `${ratio.toFixed(0)}×`;
  if (ratio >= 0.1) return `${ratio.toPrecision(2)}×`;
  return `${ratio.toFixed(3)}×`;
}

/** Whether a row meets its target: by ratio when it has a bound, by its own value otherwise; null when unmeasured. */
export function meetsTarget(row: RatioRow): boolean | null {
  if (row.target === null || row.cairn === null) return null;
  if (row.bound === '—') return row.cairn <= row.target;
  const ratio = ratioOf(row.cairn, row.boundValue);
  return ratio === null ? null : ratio <= row.target;
}

/** The rows as a Markdown table: each says what bounds it, the ratio now, the target and whether it holds. */
export function renderRatioTable(rows: readonly RatioRow[], formatValue: (value: number, unit: RatioRow['unit']) => string): string {
  const head = '| work | records | Cairn | bounded by | bound | ratio | target | holds |';
  const rule = '|---|---|---|---|---|---|---|---|';
  const body = rows.map((row) => {
    const absolute = row.bound === '—';
    const value = (v: number | null) => (v === null ? 'n/a' : formatValue(v, row.unit));
    const target = row.target === null ? '—' : absolute ? `≤ ${formatValue(row.target, row.unit)}` : `≤ ${formatRatio(row.target)}`;
    const holds = meetsTarget(row);
    return `| ${row.work} | ${row.records.toLocaleString('en')} | ${value(row.cairn)} | ${row.bound} | ${absolute ? '—' : value(row.boundValue)} | ${absolute ? '—' : formatRatio(ratioOf(row.cairn, row.boundValue))} | ${target} | ${holds === null ? '—' : holds ? 'yes' : 'no'} |`;
  });
  return [head, rule, ...body].join('\n');
}
