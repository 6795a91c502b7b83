import { describe, expect, it } from 'vitest';
import { lineFinder } from './line-finder';

describe('lineFinder', () => {
  it('finds the line of each offset, asked in order, out of order and at the edges', () => {
    const lineOf = lineFinder('ab\ncd\n\nef');
    expect([0, 1, 2, 3, 5, 6, 7, 8, 9].map(lineOf)).toEqual([0, 0, 0, 1, 1, 2, 3, 3, 3]);
    expect([8, 0, 4, 7, 3].map(lineOf)).toEqual([3, 0, 1, 3, 1]);
    expect(lineFinder('')(0)).toBe(0);
  });

  // A million lines asked in order: each answer once searched from the first line (10^12 steps, which
  // never finished); going on from the last answer takes a few million. The test's time limit guards
  // against that return, not a speed bar: it yields between batches so the limit can stop it.
  it('answers a million offsets in order over a million lines', async () => {
    const lines = 1_000_000;
    const lineOf = lineFinder('x\n'.repeat(lines));
    for (let line = 0; line < lines; line++) {
      if (lineOf(2 * line + 1) !== line) throw new Error(`offset ${2 * line + 1} is not on line ${line}`);
      if (line % 10_000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(lineOf(2 * lines)).toBe(lines);
  });
});
