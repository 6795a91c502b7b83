import { describe, expect, it } from 'vitest';
import { formatGrowth, growthOf, renderScalingTable } from './bench-scaling';

const ms = (value: number) => `${value} ms`;

describe('how each step grows with the log', () => {
  it('divides the larger size’s value by the smaller one’s', () => {
    expect(growthOf(4, 30)).toBe(7.5);
    expect(growthOf(null, 30)).toBeNull();
    expect(growthOf(4, null)).toBeNull();
    expect(growthOf(0, 30)).toBeNull();
  });

  it('calls out a step that grows faster than the data, with a tenth of slack', () => {
    expect(formatGrowth(6.9, 10)).toBe('×6.9');
    expect(formatGrowth(10.9, 10)).toBe('×11');
    expect(formatGrowth(12, 10)).toBe('×12, faster than the data');
    expect(formatGrowth(5.6, 5)).toBe('×5.6, faster than the data');
    expect(formatGrowth(1.4, 5)).toBe('×1.4');
    expect(formatGrowth(null, 5)).toBe('—');
  });

  it('draws a column per size and one per step between sizes, n/a where a size was not measured', () => {
    const table = renderScalingTable(
      [1000, 10_000, 50_000],
      [
        { step: 'import', unit: 'ms', values: [400, 4000, 31_000] },
        { step: 'search p95', unit: 'ms', values: [2, 10, null] },
      ],
      ms,
    );
    expect(table.split('\n')).toEqual([
      '| step | 1,000 | 10,000 | 50,000 | 1k → 10k (data ×10) | 10k → 50k (data ×5) |',
      '|---|---|---|---|---|---|',
      '| import | 400 ms | 4000 ms | 31000 ms | ×10 | ×7.8, faster than the data |',
      '| search p95 | 2 ms | 10 ms | n/a | ×5.0 | — |',
    ]);
  });
});
