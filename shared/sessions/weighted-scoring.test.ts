import { describe, expect, it } from 'vitest';
import { scoreOptions } from './weighted-scoring';

const criteria = [
  { id: 'cost', name: 'Cost', weight: 3 },
  { id: 'ops', name: 'Operability', weight: 1 },
];

describe('scoreOptions', () => {
  it('multiplies each score by its weight and ranks the options, best first', () => {
    const results = scoreOptions(['pg', 'mongo'], criteria, [
      { criterionId: 'cost', optionId: 'pg', score: 4 },
      { criterionId: 'ops', optionId: 'pg', score: 2 },
      { criterionId: 'cost', optionId: 'mongo', score: 2 },
      { criterionId: 'ops', optionId: 'mongo', score: 5 },
    ]);
    expect(results).toEqual([
      { optionId: 'pg', total: 14, share: 14 / 20, missing: [], rank: 1 },
      { optionId: 'mongo', total: 11, share: 11 / 20, missing: [], rank: 2 },
    ]);
  });

  it('lets equal totals share a rank and names the criteria an option was not scored on', () => {
    const results = scoreOptions(['a', 'b', 'c'], criteria, [
      { criterionId: 'cost', optionId: 'a', score: 1 },
      { criterionId: 'cost', optionId: 'b', score: 1 },
    ]);
    expect(results.map((r) => [r.optionId, r.rank, r.missing])).toEqual([
      ['a', 1, ['ops']],
      ['b', 1, ['ops']],
      ['c', 3, ['cost', 'ops']],
    ]);
  });

  it('gives a share of 0 when every weight is 0 rather than dividing by zero', () => {
    const [only] = scoreOptions(['a'], [{ id: 'x', name: 'X', weight: 0 }], [{ criterionId: 'x', optionId: 'a', score: 5 }]);
    expect(only).toMatchObject({ total: 0, share: 0 });
  });
});
