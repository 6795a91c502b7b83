import { describe, expect, it } from 'vitest';
import type { CheckIn, Goal } from './goal';
import { worstStatus } from './goal';
import { goalProgress } from './goal-progress';

const goal: Pick<Goal, 'results' | 'behaviors' | 'startDate' | 'sprintLengthDays'> = {
  startDate: '2026-01-01',
  sprintLengthDays: 14,
  results: [{ id: 'r1', metric: 'Deploys', unit: '', baseline: 0, target: 10, direction: 'increase', deadline: '2026-01-11' }],
  behaviors: [
    { id: 'b1', who: 'Devs', action: 'deploy', kind: 'count', comparison: 'at-least', targetCount: 2, period: 'week', observedBy: '', antecedent: '', consequence: '', keepAnyway: false },
    { id: 'b2', who: 'Devs', action: 'pair', kind: 'count', comparison: 'at-least', targetCount: 1, period: 'week', observedBy: '', antecedent: '', consequence: '', keepAnyway: false },
  ],
};

function checkIn(subjectId: string, date: string, value: number): CheckIn {
  return { id: subjectId + date, goalId: 'g', subject: subjectId.startsWith('r') ? 'result' : 'behavior', subjectId, date, value, note: '', confidence: null, createdAt: '', updatedAt: '' };
}

describe('a goal\'s progress', () => {
  it('gives each result and behavior its own progress from its own check-ins', () => {
    const p = goalProgress(goal, [checkIn('r1', '2026-01-06', 5), checkIn('b1', '2026-01-02', 2)], '2026-01-06');
    expect(p.results.map((r) => [r.resultId, r.percent])).toEqual([['r1', 50]]);
    expect(p.behaviors.map((b) => [b.behaviorId, b.perPeriod])).toEqual([['b1', 2], ['b2', null]]);
  });

  it('is as good as its worst part that has check-ins', () => {
    expect(goalProgress(goal, [checkIn('r1', '2026-01-06', 5), checkIn('b1', '2026-01-02', 2)], '2026-01-06').status).toBe('on-track');
    expect(goalProgress(goal, [checkIn('r1', '2026-01-06', 5), checkIn('b1', '2026-01-02', 0)], '2026-01-06').status).toBe('off-track');
    expect(goalProgress(goal, [], '2026-01-06').status).toBe('no-data');
  });
});

describe('the worst status', () => {
  it('orders off track, at risk, on track, and ignores parts without data', () => {
    expect(worstStatus(['on-track', 'at-risk', 'no-data'])).toBe('at-risk');
    expect(worstStatus(['at-risk', 'off-track'])).toBe('off-track');
    expect(worstStatus(['no-data', 'on-track'])).toBe('on-track');
    expect(worstStatus([])).toBe('no-data');
  });
});
