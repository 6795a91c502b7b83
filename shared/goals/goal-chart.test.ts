import { describe, expect, it } from 'vitest';
import type { CheckIn, GoalBehavior, GoalResult } from './goal';
import { combinedChart, confidenceText, niceAxis } from './goal-chart';

const leadTime: GoalResult = { id: 'r', metric: 'Lead time', unit: 'days', baseline: 10, target: 4, direction: 'decrease', deadline: '2026-02-16' };
const deploys = { id: 'b1', kind: 'count', period: 'week', targetCount: 3 } as GoalBehavior;
const reviews = { id: 'b2', kind: 'yes-no', period: 'day', targetCount: 1 } as GoalBehavior;

let n = 0;
function checkIn(subjectId: string, date: string, value: number, note = '', confidence: number | null = null): CheckIn {
  n += 1;
  return { id: `c${n}`, goalId: 'g', subject: subjectId === 'r' ? 'result' : 'behavior', subjectId, date, value, note, confidence, createdAt: '', updatedAt: '' };
}

describe('round axis ticks', () => {
  it('uses steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceAxis(21, 129)).toEqual({ domain: [0, 150], ticks: [0, 50, 100, 150] });
    expect(niceAxis(0, 7)).toEqual({ domain: [0, 8], ticks: [0, 2, 4, 6, 8] });
    expect(niceAxis(0, 1)).toEqual({ domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceAxis(-3, 12)).toEqual({ domain: [-5, 15], ticks: [-5, 0, 5, 10, 15] });
    expect(niceAxis(0.1, 0.3).ticks).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
  });

  it('gives a single value room on both sides', () => {
    expect(niceAxis(0, 0)).toEqual({ domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceAxis(40, 40).domain).toEqual([0, 100]);
  });
});

describe('the combined chart', () => {
  const checkIns = [
    checkIn('b1', '2026-01-14', 2),
    checkIn('r', '2026-01-15', 8, 'first week of trunk-based', 6),
    checkIn('b2', '2026-01-15', 1),
    checkIn('b1', '2026-01-28', 4),
    checkIn('r', '2026-01-29', 7),
  ];
  const chart = combinedChart('2026-01-07', leadTime, [deploys, reviews], checkIns);

  it('runs from the week of the start to the week of the deadline', () => {
    expect(chart.weeks.map((w) => w.weekStart)).toEqual(['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09', '2026-02-16']);
  });

  it('leaves a week without a check-in empty instead of drawing a 0', () => {
    expect(chart.weeks.slice(0, 4).map((w) => [w.behaviors, w.result, w.confidence])).toEqual([
      [{ b1: null, b2: null }, null, null],
      [{ b1: 2, b2: 1 }, 8, 6],
      [{ b1: null, b2: null }, null, null],
      [{ b1: 4, b2: null }, 7, null],
    ]);
    expect(chart.weeks[1]?.notes).toEqual(['first week of trunk-based']);
  });

  it('starts the result axis at 0, covers baseline and target, and draws the target', () => {
    expect(chart.resultAxis).toEqual({ domain: [0, 10], ticks: [0, 2.5, 5, 7.5, 10] });
    expect(chart.target).toEqual({ value: 4, label: 'Target 4 days by 2026-02-16' });
    expect(chart.behaviorAxis).toEqual({ domain: [0, 4], ticks: [0, 1, 2, 3, 4] });
    expect(chart.behaviorTargets).toEqual([{ behaviorId: 'b1', value: 3 }]);
  });

  it('uses the data’s honest range for a result that goes below zero', () => {
    const nps: GoalResult = { ...leadTime, metric: 'NPS', unit: '', baseline: -20, target: 30, direction: 'increase' };
    expect(combinedChart('2026-01-07', nps, [], [checkIn('r', '2026-01-15', -35)]).resultAxis.domain).toEqual([-40, 40]);
  });

  it('writes confidence for a figure', () => {
    expect(confidenceText(7)).toBe('confidence 7/10');
    expect(confidenceText(null)).toBeNull();
  });
});
