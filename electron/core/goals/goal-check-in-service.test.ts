import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/api/contract';
import type { GoalView } from '../../../shared/api/goal-operations';
import { call, callError } from '../testing/call';
import { deliveryGoal } from '../testing/goal-fixtures';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspace: Workspace;
let view: GoalView;
const clock = fixedClock('2026-02-15T10:00:00Z');

beforeEach(async () => {
  clock.set('2026-02-15T10:00:00Z');
  core = await openTempCore({ now: clock.now });
  workspace = await createWorkspace(core);
  view = await call(core, 'createGoal', {
    workspaceId: workspace.id,
    ...deliveryGoal({
      behaviors: [
        { who: 'Each developer', action: 'deploys to production', targetCount: 3 },
        { who: 'Reviewers', action: 'review a pull request within 4 hours', kind: 'yes-no', targetCount: 2 },
      ],
    }),
  });
});
afterEach(() => core.dispose());

const resultId = () => view.goal.results[0]!.id;
const deploysId = () => view.goal.behaviors[0]!.id;
const reviewsId = () => view.goal.behaviors[1]!.id;

function weekOf(date: string, resultValue: number, deploys: number) {
  return call(core, 'recordCheckIns', {
    goalId: view.goal.id,
    date,
    entries: [
      { subject: 'result', subjectId: resultId(), value: resultValue, note: `week of ${date}`, confidence: 7 },
      { subject: 'behavior', subjectId: deploysId(), value: deploys },
    ],
  });
}

describe('recording check-ins', () => {
  it('records a whole goal at once and shows the progress with its formulas', async () => {
    const after = await weekOf('2026-01-29', 12, 3);
    expect(after.checkIns.map((c) => [c.date, c.subject, c.value, c.note, c.confidence])).toEqual([
      ['2026-01-29', 'result', 12, 'week of 2026-01-29', 7],
      ['2026-01-29', 'behavior', 3, '', null],
    ]);
    // 28 of 180 days gone, half the way: on track.
    expect(after.progress.results[0]).toMatchObject({
      percent: 50,
      percentFormula: '(latest − baseline) ÷ (target − baseline) = (12 − 4) ÷ (20 − 4) = 50%',
      status: 'on-track',
    });
    // The four weeks before the first check-in have no data: they are left out, not counted as zero.
    expect(after.progress.behaviors[0]).toMatchObject({ formula: 'total ÷ weeks with check-ins = 3 ÷ 1 = 3 per week (4 weeks without check-ins left out)', status: 'on-track' });
    expect(after.progress.status).toBe('on-track');
  });

  it('leaves weeks without check-ins out of the pace, says so, and shows the latest confidence', async () => {
    const goal = await call(core, 'createGoal', {
      workspaceId: workspace.id,
      ...deliveryGoal({ startDate: '2026-01-05', behaviors: [{ who: 'Each developer', action: 'deploys to production', targetCount: 3 }] }),
    });
    const behavior = goal.goal.behaviors[0]!.id;
    // Weeks 2, 3, 5 and 6 have check-ins of 2, 3, 4 and 3; week 1 and week 4 have none.
    let latest = goal;
    for (const [date, value] of [['2026-01-13', 2], ['2026-01-20', 3], ['2026-02-03', 4], ['2026-02-10', 3]] as const) {
      latest = await call(core, 'recordCheckIns', {
        goalId: goal.goal.id,
        date,
        entries: [
          { subject: 'behavior', subjectId: behavior, value },
          { subject: 'result', subjectId: goal.goal.results[0]!.id, value: 10, confidence: date === '2026-02-10' ? 6 : 8 },
        ],
      });
    }
    const progress = latest.progress.behaviors[0]!;
    expect(progress).toMatchObject({ perPeriod: 3, periodsWithData: 4, periodsWithoutData: 2, status: 'on-track' });
    expect(progress.formula).toBe('total ÷ weeks with check-ins = 12 ÷ 4 = 3 per week (2 weeks without check-ins left out)');
    expect(progress.periods.map((p) => p.hasData)).toEqual([false, true, true, false, true, true]);
    expect(latest.progress.results[0]).toMatchObject({ latest: { date: '2026-02-10', value: 10 }, latestConfidence: 6 });
  });

  it('lets the status change as the weeks go by', async () => {
    await weekOf('2026-01-08', 5, 3);
    await weekOf('2026-01-15', 5, 4);
    await weekOf('2026-01-22', 5, 3);
    // 28 of 180 days gone (16%), 6% of the way: 40% by the deadline at this pace.
    const last = await weekOf('2026-01-29', 5, 3);
    expect(last.progress.results[0]?.status).toBe('off-track');
    expect(last.progress.behaviors[0]?.weeklyTotals.map((w) => w.total)).toEqual([0, 3, 4, 3, 3]);
    const better = await weekOf('2026-02-05', 14, 5);
    expect(better.progress.results[0]?.status).toBe('on-track');
  });

  it('refuses a check-in dated before the goal or in the future', async () => {
    const before = await callError(core, 'recordCheckIns', { goalId: view.goal.id, date: '2025-12-31', entries: [{ subject: 'result', subjectId: resultId(), value: 5 }] });
    expect(before).toMatchObject({ code: 'invalid_input', field: 'date', message: 'A check-in on 2025-12-31 comes before the goal starts (2026-01-01)' });
    const future = await callError(core, 'recordCheckIns', { goalId: view.goal.id, date: '2026-02-16', entries: [{ subject: 'result', subjectId: resultId(), value: 5 }] });
    expect(future).toMatchObject({ field: 'date', message: 'A check-in on 2026-02-16 is in the future (today is 2026-02-15)' });
  });

  it('refuses values that are not numbers, or not counts for a behavior', async () => {
    const text = await callError(core, 'recordCheckIns', { goalId: view.goal.id, date: '2026-02-01', entries: [{ subject: 'result', subjectId: resultId(), value: '12' }] });
    expect(text).toMatchObject({ field: 'entries.0.value', message: 'entries.0.value: Value must be a number' });
    const fraction = await callError(core, 'recordCheckIns', { goalId: view.goal.id, date: '2026-02-01', entries: [{ subject: 'behavior', subjectId: deploysId(), value: 2.5 }] });
    expect(fraction).toMatchObject({ field: 'entries.0.value', message: '"deploys to production" is counted: enter a whole number of times from 0, not 2.5' });
    const yesNo = await callError(core, 'recordCheckIns', { goalId: view.goal.id, date: '2026-02-01', entries: [{ subject: 'behavior', subjectId: reviewsId(), value: 3 }] });
    expect(yesNo.message).toBe('"review a pull request within 4 hours" is yes or no: enter 1 for yes or 0 for no, not 3');
    const confidence = await callError(core, 'recordCheckIns', { goalId: view.goal.id, date: '2026-02-01', entries: [{ subject: 'result', subjectId: resultId(), value: 1, confidence: 11 }] });
    expect(confidence).toMatchObject({ field: 'entries.0.confidence', message: 'entries.0.confidence: Confidence runs from 0 to 10' });
  });

  it('saves nothing of a batch when one entry is refused', async () => {
    const error = await callError(core, 'recordCheckIns', {
      goalId: view.goal.id,
      date: '2026-02-01',
      entries: [
        { subject: 'result', subjectId: resultId(), value: 9 },
        { subject: 'behavior', subjectId: crypto.randomUUID(), value: 1 },
      ],
    });
    expect(error).toMatchObject({ code: 'not_found', field: 'entries.1.subjectId' });
    expect((await call(core, 'getGoal', { id: view.goal.id })).checkIns).toEqual([]);
  });
});

describe('editing the history', () => {
  it('corrects a check-in and recomputes the progress', async () => {
    const recorded = await weekOf('2026-01-29', 12, 3);
    const checkIn = recorded.checkIns[0]!;
    clock.set('2026-02-15T11:00:00Z');
    const after = await call(core, 'updateCheckIn', { id: checkIn.id, date: '2026-01-30', value: 8, note: 'recounted', confidence: 9 });
    expect(after.checkIns.find((c) => c.id === checkIn.id)).toMatchObject({ date: '2026-01-30', value: 8, note: 'recounted', confidence: 9, updatedAt: '2026-02-15T11:00:00.000Z' });
    expect(after.progress.results[0]?.percent).toBe(25);
  });

  it('validates a correction like a new check-in', async () => {
    const recorded = await weekOf('2026-01-29', 12, 3);
    const behaviorCheckIn = recorded.checkIns[1]!;
    expect(await callError(core, 'updateCheckIn', { id: behaviorCheckIn.id, date: '2026-01-29', value: -1 })).toMatchObject({ field: 'value' });
    expect(await callError(core, 'updateCheckIn', { id: behaviorCheckIn.id, date: '2025-01-29', value: 1 })).toMatchObject({ field: 'date' });
  });

  it('deletes a check-in', async () => {
    const recorded = await weekOf('2026-01-29', 12, 3);
    const after = await call(core, 'deleteCheckIn', { id: recorded.checkIns[0]!.id });
    expect(after.checkIns.map((c) => c.subject)).toEqual(['behavior']);
    expect(after.progress.results[0]?.status).toBe('no-data');
    expect(await callError(core, 'deleteCheckIn', { id: recorded.checkIns[0]!.id })).toMatchObject({ code: 'not_found' });
  });
});

describe('links to decisions', () => {
  it('shows the linked live decisions by number, and forgets a link on request', async () => {
    const adr = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Use trunk-based development', status: 'accepted' } });
    const other = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Feature flags' } });
    await call(core, 'linkGoalDecision', { goalId: view.goal.id, decisionId: other.id });
    const linked = await call(core, 'linkGoalDecision', { goalId: view.goal.id, decisionId: adr.id });
    expect(linked.goal.linkedDecisions).toEqual([
      { id: adr.id, number: 1, title: 'Use trunk-based development', status: 'accepted' },
      { id: other.id, number: 2, title: 'Feature flags', status: 'proposed' },
    ]);

    await call(core, 'deleteDecision', { id: other.id });
    expect((await call(core, 'getGoal', { id: view.goal.id })).goal.linkedDecisions.map((d) => d.number)).toEqual([1]);
    await call(core, 'restoreDecision', { id: other.id });
    const unlinked = await call(core, 'unlinkGoalDecision', { goalId: view.goal.id, decisionId: other.id });
    expect(unlinked.goal.linkedDecisions.map((d) => d.number)).toEqual([1]);
  });

  it('refuses a decision of another workspace', async () => {
    const elsewhere = await createWorkspace(core, 'Other team');
    const adr = await call(core, 'createDecision', { workspaceId: elsewhere.id, content: { title: 'Elsewhere' } });
    const error = await callError(core, 'linkGoalDecision', { goalId: view.goal.id, decisionId: adr.id });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'decisionId' });
  });
});
