import { describe, expect, it } from 'vitest';
import type { CheckIn, GoalBehavior, GoalResult } from '../../../shared/goals/goal';
import { combinedWeeks } from './combined-series';

const result: GoalResult = { id: 'r', metric: 'Lead time', unit: 'days', baseline: 10, target: 4, direction: 'decrease', deadline: '2026-06-01' };
const deploys = { id: 'b1', kind: 'count' } as GoalBehavior;
const reviews = { id: 'b2', kind: 'yes-no' } as GoalBehavior;

let n = 0;
function checkIn(subjectId: string, date: string, value: number, note = ''): CheckIn {
  n += 1;
  return { id: `c${n}`, goalId: 'g', subject: subjectId === 'r' ? 'result' : 'behavior', subjectId, date, value, note, confidence: null, createdAt: '', updatedAt: '' };
}

describe('the combined weekly series', () => {
  it('puts behavior totals and the latest result value of each week side by side, with notes', () => {
    const weeks = combinedWeeks('2026-01-07', result, [deploys, reviews], [
      checkIn('b1', '2026-01-07', 2),
      checkIn('b1', '2026-01-09', 1),
      checkIn('b2', '2026-01-09', 1),
      checkIn('b2', '2026-01-09', 0),
      checkIn('r', '2026-01-11', 8, 'first week of trunk-based'),
      checkIn('r', '2026-01-08', 9),
      checkIn('b1', '2026-01-21', 4, 'release train'),
    ]);
    expect(weeks).toEqual([
      { weekStart: '2026-01-05', behaviors: { b1: 3, b2: 1 }, result: 8, notes: ['first week of trunk-based'] },
      { weekStart: '2026-01-12', behaviors: { b1: 0, b2: 0 }, result: null, notes: [] },
      { weekStart: '2026-01-19', behaviors: { b1: 4, b2: 0 }, result: null, notes: ['release train'] },
    ]);
  });

  it('is empty before the first check-in', () => {
    expect(combinedWeeks('2026-01-07', result, [deploys], [])).toEqual([]);
  });
});
