import { describe, expect, it } from 'vitest';
import { percentile, timing } from './bench-stats';

describe('benchmark statistics', () => {
  it('gives the median, min and max of unsorted samples', () => {
    expect(timing([30, 10, 20, 50, 40])).toEqual({ median: 30, min: 10, max: 50, runs: 5 });
  });

  it('takes the lower middle sample as the median of an even count (nearest rank)', () => {
    expect(timing([4, 1, 3, 2]).median).toBe(2);
  });

  it('adds the median CPU time when CPU samples are given', () => {
    expect(timing([5, 6, 7], [3, 1, 2]).cpuMedian).toBe(2);
  });

  it('reads p95 as the sample at the 95th nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
  });

  it('refuses an empty series instead of reporting a made-up number', () => {
    expect(() => timing([])).toThrow('at least one sample');
  });
});
