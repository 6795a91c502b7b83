import { describe, expect, it } from 'vitest';
import { goalFormProblems } from './goal-form';

const result = { metric: 'Lead time', unit: 'days', baseline: 10, target: 4, direction: 'decrease', deadline: '2026-06-01' };
const behavior = { who: 'each developer', action: 'merges to main at least once a day', targetCount: 5, period: 'week' };
const valid = { title: 'Ship smaller', startDate: '2026-01-05', results: [result], behaviors: [behavior] };

describe('goal form problems', () => {
  it('has none for a valid definition', () => {
    expect(goalFormProblems(valid)).toEqual([]);
  });

  it('says every problem at once, one per field, in plain words', () => {
    expect(
      goalFormProblems({
        ...valid,
        title: '',
        sprintLengthDays: 50,
        results: [{ ...result, metric: ' ', baseline: 'ten' }, { ...result, target: 12 }],
        behaviors: [],
      }),
    ).toEqual([
      { field: 'title', message: 'Title is required' },
      { field: 'sprintLengthDays', message: 'A sprint is 1 to 42 days' },
      { field: 'results.0.metric', message: 'Metric is required' },
      { field: 'results.0.baseline', message: 'Baseline must be a number' },
      { field: 'behaviors', message: 'Add at least one behavior' },
      { field: 'results.1.target', message: 'Result 2 ("Lead time"): a decrease needs a target below the baseline (10)' },
    ]);
  });

  it('checks each behavior’s wording and says who is missing', () => {
    const problems = goalFormProblems({ ...valid, behaviors: [{ ...behavior, who: '' }, { ...behavior, action: 'is more proactive' }] });
    expect(problems[0]).toEqual({ field: 'behaviors.0.who', message: 'Say who does it' });
    expect(problems[1]?.field).toBe('behaviors.1.action');
    expect(problems[1]?.message).toMatch(/^Behavior 2 \("is more proactive"\) does not pass the show-me check/);
  });
});
