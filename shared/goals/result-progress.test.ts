import { describe, expect, it } from 'vitest';
import type { GoalResult, ResultDirection } from './goal';
import { resultProgress } from './result-progress';

const START = '2026-01-01';
// 100 days from the start: 2026-04-11.
const DEADLINE = '2026-04-11';

function result(direction: ResultDirection, baseline: number, target: number, unit = ''): GoalResult {
  return { id: '00000000-0000-4000-8000-000000000001', metric: 'm', unit, baseline, target, direction, deadline: DEADLINE };
}

describe('progress of an increase result', () => {
  const deploys = result('increase', 40, 60);

  it('is the share of the way from baseline to target, with the numbers in the formula', () => {
    const p = resultProgress(deploys, [{ date: '2026-02-20', value: 52 }], START, '2026-02-20');
    expect(p.percent).toBe(60);
    expect(p.percentFormula).toBe('(latest − baseline) ÷ (target − baseline) = (52 − 40) ÷ (60 − 40) = 60%');
  });

  it('uses the latest check-in whatever order they come in', () => {
    const p = resultProgress(deploys, [{ date: '2026-02-20', value: 52 }, { date: '2026-01-10', value: 41 }], START, '2026-03-01');
    expect(p.latest).toEqual({ date: '2026-02-20', value: 52 });
  });

  it('can pass 100% and go below 0%', () => {
    expect(resultProgress(deploys, [{ date: '2026-02-01', value: 70 }], START, '2026-02-01').percent).toBe(150);
    const backwards = resultProgress(deploys, [{ date: '2026-02-01', value: 30 }], START, '2026-02-01');
    expect(backwards.percent).toBe(-50);
    expect(backwards.percentFormula).toContain('= −50%');
    expect(backwards.status).toBe('off-track');
  });

  it('is on track when the pace so far reaches the target by the deadline', () => {
    // 50 of 100 days gone, 60% of the way: 120% by the deadline.
    const p = resultProgress(deploys, [{ date: '2026-02-20', value: 52 }], START, '2026-02-20');
    expect(p.status).toBe('on-track');
    expect(p.statusFormula).toBe('60% of the way after 50% of the time (50 of 100 days): at this pace 60% ÷ 50% = 120% by 2026-04-11 → on track');
  });

  it('is at risk when the pace would reach 80% or more but not all of the target', () => {
    // 50 of 100 days, 45% of the way: 90% by the deadline.
    const p = resultProgress(deploys, [{ date: '2026-02-20', value: 49 }], START, '2026-02-20');
    expect(p.status).toBe('at-risk');
    expect(p.statusFormula).toContain('= 90% by 2026-04-11 → at risk');
  });

  it('is off track when the pace would reach less than 80%', () => {
    // 50 of 100 days, 30% of the way: 60% by the deadline.
    const p = resultProgress(deploys, [{ date: '2026-02-20', value: 46 }], START, '2026-02-20');
    expect(p.status).toBe('off-track');
    expect(p.statusFormula).toContain('= 60% by 2026-04-11 → off track (below 80%)');
  });

  it('is on track once the target is reached, before the deadline', () => {
    expect(resultProgress(deploys, [{ date: '2026-01-05', value: 60 }], START, '2026-01-05')).toMatchObject({ percent: 100, status: 'on-track', statusFormula: '100% of the way: the target is reached' });
  });

  it('judges no pace on the start day itself', () => {
    expect(resultProgress(deploys, [{ date: START, value: 45 }], START, START)).toMatchObject({ status: 'on-track', statusFormula: 'Measured on the start day: no pace to judge yet (25% of the way)' });
    expect(resultProgress(deploys, [{ date: START, value: 35 }], START, START).status).toBe('at-risk');
  });

  it('after the deadline, is on track only if the target was reached', () => {
    const missed = resultProgress(deploys, [{ date: '2026-04-01', value: 58 }], START, '2026-05-01');
    expect(missed).toMatchObject({ percent: 90, status: 'off-track', statusFormula: 'Deadline 2026-04-11 has passed with 90% of the way: the target was not reached' });
    expect(resultProgress(deploys, [{ date: '2026-04-01', value: 61 }], START, '2026-05-01').status).toBe('on-track');
  });

  it('counts a check-in after the deadline as the whole time gone', () => {
    // Still before "today > deadline" is false here: today is the deadline itself.
    const p = resultProgress(deploys, [{ date: DEADLINE, value: 58 }], START, DEADLINE);
    expect(p.statusFormula).toContain('after 100% of the time (100 of 100 days)');
    expect(p.status).toBe('at-risk');
  });

  it('has no percent and no status before the first check-in', () => {
    expect(resultProgress(deploys, [], START, '2026-02-01')).toEqual({
      resultId: deploys.id, latest: null, latestConfidence: null, percent: null, percentFormula: 'No check-ins yet', status: 'no-data', statusFormula: 'No check-ins yet', verdicts: [],
    });
  });

  it('carries the confidence given with the latest value', () => {
    const checkIns = [{ date: '2026-02-01', value: 5, confidence: 3 }, { date: '2026-02-08', value: 6, confidence: 8 }];
    expect(resultProgress(deploys, checkIns, START, '2026-02-08').latestConfidence).toBe(8);
    expect(resultProgress(deploys, [{ date: '2026-02-01', value: 5 }], START, '2026-02-08').latestConfidence).toBeNull();
  });

  it('has no percent when baseline equals target, and says so', () => {
    const flat = result('increase', 50, 50, 'ms');
    const p = resultProgress(flat, [{ date: '2026-02-01', value: 52 }], START, '2026-02-01');
    expect(p).toMatchObject({ percent: null, percentFormula: 'Baseline equals target (50 ms): there is no distance to measure', status: 'on-track' });
    expect(resultProgress(flat, [{ date: '2026-02-01', value: 48 }], START, '2026-02-01').status).toBe('off-track');
  });
});

describe('progress of a decrease result', () => {
  const leadTime = result('decrease', 10, 4, 'days');

  it('counts the way down from baseline to target as progress', () => {
    const p = resultProgress(leadTime, [{ date: '2026-02-20', value: 7 }], START, '2026-02-20');
    expect(p.percent).toBe(50);
    expect(p.percentFormula).toBe('(latest − baseline) ÷ (target − baseline) = (7 − 10) ÷ (4 − 10) = 50%');
    expect(p.status).toBe('on-track');
  });

  it('is negative when the metric rises', () => {
    expect(resultProgress(leadTime, [{ date: '2026-02-20', value: 13 }], START, '2026-02-20').percent).toBe(-50);
  });

  it('passes the target by going below it', () => {
    expect(resultProgress(leadTime, [{ date: '2026-02-20', value: 1 }], START, '2026-02-20').percent).toBe(150);
  });

  it('with baseline equal to target, is on track at or below the target', () => {
    const flat = result('decrease', 4, 4);
    expect(resultProgress(flat, [{ date: '2026-02-01', value: 4 }], START, '2026-02-01').status).toBe('on-track');
    expect(resultProgress(flat, [{ date: '2026-02-01', value: 5 }], START, '2026-02-01').status).toBe('off-track');
  });
});

describe('progress of a stay-at-or-above result', () => {
  const uptime = result('stay-at-or-above', 99, 99.5, '%');

  it('passes or fails each check-in and gives the share that passed', () => {
    const p = resultProgress(uptime, [
      { date: '2026-01-08', value: 99.7 },
      { date: '2026-01-15', value: 99.5 },
      { date: '2026-01-22', value: 99.1 },
      { date: '2026-01-29', value: 99.9 },
    ], START, '2026-01-29');
    expect(p.verdicts.map((v) => v.pass)).toEqual([true, true, false, true]);
    expect(p.percent).toBe(75);
    expect(p.percentFormula).toBe('check-ins ≥ 99.5% ÷ all check-ins = 3 ÷ 4 = 75%');
    expect(p).toMatchObject({ status: 'on-track', statusFormula: 'Latest check-in 99.9% ≥ 99.5% → pass' });
  });

  it('is at risk after one failing check-in and off track after two in a row', () => {
    const one = resultProgress(uptime, [{ date: '2026-01-08', value: 99.7 }, { date: '2026-01-15', value: 99.2 }], START, '2026-01-15');
    expect(one).toMatchObject({ status: 'at-risk', statusFormula: 'Latest check-in 99.2% is not ≥ 99.5% → fail (the one before passed)' });
    const two = resultProgress(uptime, [{ date: '2026-01-08', value: 99.3 }, { date: '2026-01-15', value: 99.2 }], START, '2026-01-15');
    expect(two).toMatchObject({ status: 'off-track', statusFormula: 'Latest two check-ins fail: 99.2% is not ≥ 99.5%, and 99.3% before it' });
  });

  it('is at risk when the only check-in fails', () => {
    expect(resultProgress(uptime, [{ date: '2026-01-08', value: 98 }], START, '2026-01-08')).toMatchObject({ status: 'at-risk', statusFormula: 'Latest check-in 98% is not ≥ 99.5% → fail' });
  });

  it('does not mind a baseline equal to the target', () => {
    const held = result('stay-at-or-above', 99.5, 99.5, '%');
    expect(resultProgress(held, [{ date: '2026-01-08', value: 99.5 }], START, '2026-01-08')).toMatchObject({ percent: 100, status: 'on-track' });
  });

  it('keeps its pass/fail rule after the deadline', () => {
    expect(resultProgress(uptime, [{ date: '2026-04-01', value: 99.9 }], START, '2026-06-01').status).toBe('on-track');
  });
});

describe('progress of a stay-at-or-below result', () => {
  const incidents = result('stay-at-or-below', 3, 2, 'incidents');

  it('passes check-ins at or below the target', () => {
    const p = resultProgress(incidents, [
      { date: '2026-01-08', value: 2 },
      { date: '2026-01-15', value: 3 },
      { date: '2026-01-22', value: 0 },
    ], START, '2026-01-22');
    expect(p.verdicts.map((v) => v.pass)).toEqual([true, false, true]);
    expect(p.percentFormula).toBe('check-ins ≤ 2 incidents ÷ all check-ins = 2 ÷ 3 = 67%');
    expect(p.status).toBe('on-track');
  });

  it('is off track after two check-ins above the target', () => {
    const p = resultProgress(incidents, [{ date: '2026-01-08', value: 4 }, { date: '2026-01-15', value: 3 }], START, '2026-01-15');
    expect(p.status).toBe('off-track');
  });

  it('has no status before the first check-in', () => {
    expect(resultProgress(incidents, [], START, '2026-01-15')).toMatchObject({ status: 'no-data', percent: null });
  });
});
