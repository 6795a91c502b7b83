import { describe, expect, it } from 'vitest';
import { formatRatio, meetsTarget, ratioOf, renderRatioTable, type RatioRow } from './bench-ratios';

const row = (over: Partial<RatioRow>): RatioRow => ({ work: 'import', records: 10_000, cairn: 600, bound: '`adr-log -d`', boundValue: 300, unit: 'ms', target: 2, ...over });
const ms = (value: number, unit: RatioRow['unit']) => `${value} ${unit}`;

describe('ratios against the floors', () => {
  it('divides Cairn by what bounds it', () => {
    expect(ratioOf(640, 48)).toBeCloseTo(13.33);
    expect(ratioOf(300, 600)).toBe(0.5);
  });

  it('gives no ratio when either side is missing or the bound took no time', () => {
    expect(ratioOf(null, 10)).toBeNull();
    expect(ratioOf(10, null)).toBeNull();
    expect(ratioOf(10, 0)).toBeNull();
  });

  it('writes whole numbers from 10×, two figures below, three decimals under 0.1×', () => {
    expect(formatRatio(13.33)).toBe('13×');
    expect(formatRatio(2.44)).toBe('2.4×');
    expect(formatRatio(0.657)).toBe('0.66×');
    expect(formatRatio(0.0123)).toBe('0.012×');
    expect(formatRatio(null)).toBe('—');
  });

  it('checks a bounded row by its ratio and an unbounded one by its own value', () => {
    expect(meetsTarget(row({ cairn: 600 }))).toBe(true);
    expect(meetsTarget(row({ cairn: 601 }))).toBe(false);
    expect(meetsTarget(row({ bound: '—', boundValue: null, cairn: 290, unit: 'MB', target: 300 }))).toBe(true);
    expect(meetsTarget(row({ bound: '—', boundValue: null, cairn: 310, unit: 'MB', target: 300 }))).toBe(false);
  });

  it('says nothing of a row without a target, or one not measured', () => {
    expect(meetsTarget(row({ target: null }))).toBeNull();
    expect(meetsTarget(row({ cairn: null }))).toBeNull();
    expect(meetsTarget(row({ boundValue: null }))).toBeNull();
  });

  it('prints each row with what bounds it, the ratio, the target and whether it holds', () => {
    const table = renderRatioTable([row({}), row({ work: 'search p95', bound: '—', boundValue: null, cairn: 12, target: 10 })], ms);
    expect(table.split('\n')).toEqual([
      '| work | records | Cairn | bounded by | bound | ratio | target | holds |',
      '|---|---|---|---|---|---|---|---|',
      '| import | 10,000 | 600 ms | `adr-log -d` | 300 ms | 2.0× | ≤ 2.0× | yes |',
      '| search p95 | 10,000 | 12 ms | — | — | — | ≤ 10 ms | no |',
    ]);
  });
});
