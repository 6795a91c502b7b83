import { describe, expect, it } from 'vitest';
import { behaviorProgress, periodOf, targetText } from './behavior-frequency';
import type { GoalBehavior } from './goal';

// A Thursday, so the first ISO week (from Monday 2025-12-29) starts before the goal.
const START = '2026-01-01';

function behavior(overrides: Partial<GoalBehavior> = {}): GoalBehavior {
  return {
    id: '00000000-0000-4000-8000-000000000002',
    who: 'each developer',
    action: 'deploys to production',
    kind: 'count',
    comparison: 'at-least',
    targetCount: 3,
    period: 'week',
    observedBy: 'the deploy log',
    antecedent: '',
    consequence: '',
    keepAnyway: false,
    ...overrides,
  };
}

describe('behavior frequency per week', () => {
  const deploys = behavior();

  it('totals each week from the start to the latest check-in, leaving weeks without check-ins out of the pace', () => {
    const p = behaviorProgress(deploys, [
      { date: '2026-01-02', value: 2 },
      { date: '2026-01-03', value: 2 },
      { date: '2026-01-06', value: 1 },
      { date: '2026-01-21', value: 3 },
    ], START, 14);
    expect(p.periods.map((w) => [w.label, w.total, w.hasData, w.met])).toEqual([
      ['Week of 2025-12-29', 4, true, true],
      ['Week of 2026-01-05', 1, true, false],
      ['Week of 2026-01-12', 0, false, false],
      ['Week of 2026-01-19', 3, true, true],
    ]);
    expect(p.perPeriod).toBe(8 / 3);
    expect([p.periodsWithData, p.periodsWithoutData]).toEqual([3, 1]);
    expect(p.formula).toBe('total ÷ weeks with check-ins = 8 ÷ 3 = 2.67 per week (1 week without check-ins left out)');
    expect(p.status).toBe('at-risk');
    expect(p.statusFormula).toBe('2.67 per week against at least 3 per week → at risk; met in 2 of 3 weeks with check-ins');
    expect(p.weeklyTotals).toEqual([
      { weekStart: '2025-12-29', total: 4, hasData: true },
      { weekStart: '2026-01-05', total: 1, hasData: true },
      { weekStart: '2026-01-12', total: 0, hasData: false },
      { weekStart: '2026-01-19', total: 3, hasData: true },
    ]);
  });

  it('keeps the old formula when every week has check-ins, and counts a checked-in 0', () => {
    const p = behaviorProgress(deploys, [
      { date: '2026-01-02', value: 4 },
      { date: '2026-01-06', value: 0 },
    ], START, 14);
    expect(p.formula).toBe('total ÷ weeks = 4 ÷ 2 = 2 per week');
    expect(p.statusFormula).toBe('2 per week against at least 3 per week → off track; met in 1 of 2 weeks');
  });

  it('is on track at 2, 3, 4, 3 from the second week on: the first week has no data, not a zero', () => {
    const p = behaviorProgress(deploys, [
      { date: '2026-01-06', value: 2 },
      { date: '2026-01-13', value: 3 },
      { date: '2026-01-20', value: 4 },
      { date: '2026-01-27', value: 3 },
    ], START, 14);
    expect(p.formula).toBe('total ÷ weeks with check-ins = 12 ÷ 4 = 3 per week (1 week without check-ins left out)');
    expect(p.status).toBe('on-track');
    expect(p.statusFormula).toBe('3 per week against at least 3 per week → on track; met in 3 of 4 weeks with check-ins');
  });

  it('is on track at the target and at risk within 80% of it', () => {
    expect(behaviorProgress(deploys, [{ date: '2026-01-02', value: 3 }], START, 14).status).toBe('on-track');
    expect(behaviorProgress(deploys, [{ date: '2026-01-02', value: 2.5 }], START, 14).status).toBe('at-risk');
    expect(behaviorProgress(deploys, [{ date: '2026-01-02', value: 2 }], START, 14).status).toBe('off-track');
  });

  it('has nothing to say before the first check-in', () => {
    expect(behaviorProgress(deploys, [], START, 14)).toMatchObject({ periods: [], perPeriod: null, status: 'no-data', formula: 'No check-ins yet', weeklyTotals: [] });
  });
});

describe('an at-most behavior', () => {
  const interruptions = behavior({ action: 'pings the on-call engineer outside an incident', comparison: 'at-most', targetCount: 2 });

  it('meets its target by staying at or under it', () => {
    const p = behaviorProgress(interruptions, [{ date: '2026-01-02', value: 1 }, { date: '2026-01-07', value: 3 }], START, 14);
    expect(p.periods.map((w) => w.met)).toEqual([true, false]);
    expect(p.status).toBe('on-track');
    expect(p.statusFormula).toBe('2 per week against at most 2 per week → on track; met in 1 of 2 weeks');
  });

  it('is at risk a little over the target and off track well over it', () => {
    expect(behaviorProgress(interruptions, [{ date: '2026-01-02', value: 2.5 }], START, 14).status).toBe('at-risk');
    expect(behaviorProgress(interruptions, [{ date: '2026-01-02', value: 4 }], START, 14).status).toBe('off-track');
  });
});

describe('a yes/no behavior', () => {
  const reviews = behavior({ kind: 'yes-no', action: 'reviews a pull request within 4 hours', targetCount: 2 });

  it('counts the yes occurrences against the target and says how many occurrences there were', () => {
    const p = behaviorProgress(reviews, [
      { date: '2026-01-05', value: 1 },
      { date: '2026-01-06', value: 0 },
      { date: '2026-01-07', value: 1 },
      { date: '2026-01-13', value: 0 },
    ], START, 14);
    expect(p.periods.map((w) => [w.total, w.checkIns, w.met])).toEqual([
      [0, 0, false],
      [2, 3, true],
      [0, 1, false],
    ]);
    // The week of 2025-12-29 has no occurrence recorded; the week of the 12th has one, a "no".
    expect(p.formula).toBe('total ÷ weeks with check-ins = 2 ÷ 2 = 1 per week (yes in 2 of 4 occurrences; 1 week without check-ins left out)');
  });
});

describe('periods', () => {
  it('are days for a daily behavior', () => {
    const p = behaviorProgress(behavior({ period: 'day', targetCount: 1 }), [{ date: '2026-01-03', value: 1 }], START, 14);
    expect(p.periods.map((d) => [d.label, d.total, d.hasData])).toEqual([['2026-01-01', 0, false], ['2026-01-02', 0, false], ['2026-01-03', 1, true]]);
    expect(p.formula).toBe('total ÷ days with check-ins = 1 ÷ 1 = 1 per day (2 days without check-ins left out)');
  });

  it('are sprints counted from the goal start for a per-sprint behavior', () => {
    const pairing = behavior({ action: 'pairs with a newcomer on one ticket', period: 'sprint', targetCount: 1 });
    const p = behaviorProgress(pairing, [{ date: '2026-01-10', value: 1 }, { date: '2026-01-29', value: 2 }], START, 14);
    expect(p.periods).toEqual([
      { start: '2026-01-01', end: '2026-01-14', label: 'Sprint 1', total: 1, checkIns: 1, hasData: true, met: true },
      { start: '2026-01-15', end: '2026-01-28', label: 'Sprint 2', total: 0, checkIns: 0, hasData: false, met: false },
      { start: '2026-01-29', end: '2026-02-11', label: 'Sprint 3', total: 2, checkIns: 1, hasData: true, met: true },
    ]);
    expect(p.formula).toBe('total ÷ sprints with check-ins = 3 ÷ 2 = 1.5 per sprint (1 sprint without check-ins left out)');
  });

  it('run Monday to Sunday for weeks, across a year end', () => {
    expect(periodOf('2026-01-01', 'week', START, 14)).toEqual({ start: '2025-12-29', end: '2026-01-04', label: 'Week of 2025-12-29' });
    expect(periodOf('2026-01-04', 'week', START, 14).start).toBe('2025-12-29');
    expect(periodOf('2026-01-05', 'week', START, 14).start).toBe('2026-01-05');
  });
});

it('writes the target in words', () => {
  expect(targetText({ comparison: 'at-least', targetCount: 3, period: 'week' })).toBe('at least 3 per week');
  expect(targetText({ comparison: 'at-most', targetCount: 1, period: 'sprint' })).toBe('at most 1 per sprint');
});
