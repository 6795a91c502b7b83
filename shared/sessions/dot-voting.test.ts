import { describe, expect, it } from 'vitest';
import { summariseDots } from './dot-voting';

describe('summariseDots', () => {
  it('totals the dots per option, most first, with how many people backed each and the spread', () => {
    const results = summariseDots(
      ['kafka', 'rabbit', 'sqs'],
      [{ dots: { kafka: 3 } }, { dots: { rabbit: 2, sqs: 1 } }, { dots: { rabbit: 1, kafka: 1, sqs: 1 } }],
      3,
    );
    expect(results.map((r) => [r.optionId, r.total, r.voters])).toEqual([
      ['kafka', 4, 2],
      ['rabbit', 3, 2],
      ['sqs', 2, 2],
    ]);
    expect(results[0]).toMatchObject({ min: 0, max: 3, distribution: [1, 1, 0, 1] });
  });

  it('keeps the options order for ties and lists options nobody voted for', () => {
    const results = summariseDots(['a', 'b', 'c'], [{ dots: { b: 1, a: 1 } }], 2);
    expect(results.map((r) => [r.optionId, r.total])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 0],
    ]);
  });
});
