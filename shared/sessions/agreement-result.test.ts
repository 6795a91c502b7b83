import { describe, expect, it } from 'vitest';
import { summariseAgreement } from './agreement-result';

describe('summariseAgreement', () => {
  it('shows the spread of a fist of five: min, max, mean, median and a count per level', () => {
    const result = summariseAgreement('fist-of-five', [3, 4, 5, 4]);
    expect(result).toMatchObject({ count: 4, min: 3, max: 5, mean: 4, median: 4, blocks: 0, strongDisagreement: false });
    expect(result.distribution).toEqual([
      { level: 0, count: 0 },
      { level: 1, count: 0 },
      { level: 2, count: 0 },
      { level: 3, count: 1 },
      { level: 4, count: 2 },
      { level: 5, count: 1 },
    ]);
  });

  it('flags strong disagreement when the room is split even though the mean looks fine', () => {
    const split = summariseAgreement('fist-of-five', [1, 5, 5, 1, 3]);
    expect(split.mean).toBe(3);
    expect(split.strongDisagreement).toBe(true);
    expect(summariseAgreement('fist-of-five', [2, 3, 3]).strongDisagreement).toBe(false);
  });

  it('flags a single block however the others voted', () => {
    const result = summariseAgreement('fist-of-five', [0, 5, 5, 5]);
    expect(result).toMatchObject({ blocks: 1, strongDisagreement: true, min: 0 });
  });

  it('uses the gradients scale: 1 is a veto, 8 whole-hearted endorsement', () => {
    expect(summariseAgreement('gradients', [8, 7, 6]).strongDisagreement).toBe(false);
    expect(summariseAgreement('gradients', [2, 7, 8])).toMatchObject({ strongDisagreement: true, blocks: 0 });
    expect(summariseAgreement('gradients', [1, 5])).toMatchObject({ blocks: 1, median: 3 });
    expect(summariseAgreement('gradients', []).distribution).toHaveLength(8);
  });

  it('has no numbers to show before anyone voted', () => {
    expect(summariseAgreement('fist-of-five', [])).toMatchObject({ count: 0, min: null, max: null, mean: null, median: null, strongDisagreement: false });
  });
});
