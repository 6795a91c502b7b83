import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/api/contract';
import type { GoalDefinitionInput } from '../../../shared/api/goal-operations';
import { deliveryGoal } from '../testing/goal-fixtures';
import { call, callError } from '../testing/call';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspace: Workspace;

beforeEach(async () => {
  core = await openTempCore({ now: fixedClock('2026-02-15T10:00:00Z').now });
  workspace = await createWorkspace(core);
});
afterEach(() => core.dispose());

function create(overrides: Partial<GoalDefinitionInput> = {}) {
  return call(core, 'createGoal', { workspaceId: workspace.id, ...deliveryGoal(overrides) });
}

describe('defining a goal', () => {
  it('stores the context, results and behaviors with defaults filled in, and no progress yet', async () => {
    const view = await create();
    expect(view.goal).toMatchObject({
      workspaceId: workspace.id,
      title: 'Ship smaller changes more often',
      context: { team: 'Platform team', stakeholders: 'Product, SRE', wayOfWorking: 'Two-week sprints', notes: '' },
      startDate: '2026-01-01',
      sprintLengthDays: 14,
      linkedDecisions: [],
    });
    expect(view.goal.behaviors[0]).toMatchObject({ kind: 'count', comparison: 'at-least', period: 'week', keepAnyway: false, antecedent: '' });
    expect(view.progress.status).toBe('no-data');
    expect(view.today).toBe('2026-02-15');
    expect(await call(core, 'getGoal', { id: view.goal.id })).toEqual(view);
  });

  it('starts today when no start date is given', async () => {
    const { startDate: _start, ...rest } = deliveryGoal();
    const view = await call(core, 'createGoal', { workspaceId: workspace.id, ...rest });
    expect(view.goal.startDate).toBe('2026-02-15');
  });

  it('refuses a behavior that fails the show-me check, naming the field and asking what you would see', async () => {
    const error = await callError(core, 'createGoal', {
      workspaceId: workspace.id,
      ...deliveryGoal({ behaviors: [{ who: 'Seniors', action: 'be more supportive', targetCount: 1 }] }),
    });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'behaviors.0.action' });
    expect(error.message).toContain('Behavior 1 ("be more supportive") does not pass the show-me check');
    expect(error.message).toContain('"supportive" names a trait');
    expect(error.message).toContain('What would you see or hear someone do?');
  });

  it('keeps a flagged behavior when the coach keeps it anyway', async () => {
    const view = await create({ behaviors: [{ who: 'Seniors', action: 'be more supportive', targetCount: 1, keepAnyway: true }] });
    expect(view.goal.behaviors[0]).toMatchObject({ action: 'be more supportive', keepAnyway: true });
  });

  it.each([
    [{ direction: 'increase', baseline: 10, target: 10 }, 'results.0.target', 'an increase needs a target above the baseline (10)'],
    [{ direction: 'increase', baseline: 10, target: 5 }, 'results.0.target', 'an increase needs a target above the baseline (10)'],
    [{ direction: 'decrease', baseline: 10, target: 12 }, 'results.0.target', 'a decrease needs a target below the baseline (10)'],
    [{ deadline: '2025-12-31' }, 'results.0.deadline', "the deadline 2025-12-31 must come after the goal's start date 2026-01-01"],
  ] as const)('refuses a result that has nowhere to go: %o', async (change, field, message) => {
    const result = { ...deliveryGoal().results[0]!, ...change };
    const error = await callError(core, 'createGoal', { workspaceId: workspace.id, ...deliveryGoal({ results: [result] }) });
    expect(error).toMatchObject({ code: 'invalid_input', field });
    expect(error.message).toBe(`Result 1 ("Deploys per month"): ${message}`);
  });

  it('accepts a stay-at-or-above result whose baseline equals its target', async () => {
    const view = await create({ results: [{ metric: 'Uptime', unit: '%', baseline: 99.5, target: 99.5, direction: 'stay-at-or-above', deadline: '2026-12-31' }] });
    expect(view.goal.results[0]).toMatchObject({ baseline: 99.5, target: 99.5 });
  });

  it('refuses non-numeric measurements and empty lists with the field named', async () => {
    const result = { ...deliveryGoal().results[0]!, baseline: 'four' };
    const error = await callError(core, 'createGoal', { workspaceId: workspace.id, ...deliveryGoal(), results: [result] });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'results.0.baseline', message: 'results.0.baseline: Baseline must be a number' });
    const none = await callError(core, 'createGoal', { workspaceId: workspace.id, ...deliveryGoal({ behaviors: [] }) });
    expect(none).toMatchObject({ field: 'behaviors', message: 'behaviors: Add at least one behavior' });
  });

  it('refuses a workspace that does not exist', async () => {
    const error = await callError(core, 'createGoal', { ...deliveryGoal(), workspaceId: crypto.randomUUID() });
    expect(error).toMatchObject({ code: 'not_found', field: 'workspaceId' });
  });
});

describe('editing a goal', () => {
  it('keeps the check-ins of results and behaviors it keeps, and drops those of removed ones', async () => {
    const created = await create({
      behaviors: [
        { who: 'Each developer', action: 'deploys to production', targetCount: 3 },
        { who: 'The team', action: 'pairs with a newcomer on one ticket', targetCount: 1, period: 'sprint' },
      ],
    });
    const [result] = created.goal.results;
    const [deploys, pairing] = created.goal.behaviors;
    await call(core, 'recordCheckIns', {
      goalId: created.goal.id,
      date: '2026-01-10',
      entries: [
        { subject: 'result', subjectId: result!.id, value: 6 },
        { subject: 'behavior', subjectId: deploys!.id, value: 2 },
        { subject: 'behavior', subjectId: pairing!.id, value: 1 },
      ],
    });

    const updated = await call(core, 'updateGoal', {
      id: created.goal.id,
      ...deliveryGoal({ title: 'Ship small', results: [{ ...result!, target: 24 }], behaviors: [{ ...deploys!, targetCount: 4 }] }),
    });
    expect(updated.goal.title).toBe('Ship small');
    expect(updated.goal.results).toEqual([{ ...result, target: 24 }]);
    expect(updated.goal.behaviors.map((b) => [b.id, b.targetCount])).toEqual([[deploys!.id, 4]]);
    expect(updated.checkIns.map((c) => [c.subjectId, c.value])).toEqual([[result!.id, 6], [deploys!.id, 2]]);
  });

  it("refuses an id that is not one of the goal's own", async () => {
    const other = await create({ title: 'Other' });
    const goal = await create();
    const error = await callError(core, 'updateGoal', { id: goal.goal.id, ...deliveryGoal({ results: [{ ...other.goal.results[0]! }] }) });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'results.0.id' });
  });

  it('refuses a start date after an existing check-in', async () => {
    const goal = await create();
    await call(core, 'recordCheckIns', { goalId: goal.goal.id, date: '2026-01-05', entries: [{ subject: 'result', subjectId: goal.goal.results[0]!.id, value: 5 }] });
    const error = await callError(core, 'updateGoal', { id: goal.goal.id, ...deliveryGoal({ startDate: '2026-01-10' }) });
    expect(error).toMatchObject({ field: 'startDate', message: 'The goal cannot start on 2026-01-10: it has a check-in on 2026-01-05' });
  });
});

describe('the goal list', () => {
  it('lists live goals by title with status, counts and the first result as a trend', async () => {
    const b = await create({ title: 'b goal', behaviors: [{ who: 'Leads', action: 'have a growth mindset', targetCount: 1, keepAnyway: true }] });
    await create({ title: 'A goal' });
    await call(core, 'recordCheckIns', {
      goalId: b.goal.id,
      date: '2026-02-01',
      entries: [{ subject: 'result', subjectId: b.goal.results[0]!.id, value: 8 }],
    });
    const list = await call(core, 'listGoals', { workspaceId: workspace.id });
    expect(list.map((g) => g.title)).toEqual(['A goal', 'b goal']);
    expect(list[1]).toMatchObject({
      team: 'Platform team',
      status: 'on-track',
      resultCount: 1,
      behaviorCount: 1,
      flaggedBehaviorCount: 1,
      lastCheckIn: '2026-02-01',
      trend: { metric: 'Deploys per month', target: 20, points: [{ date: '2026-02-01', value: 8 }] },
    });
    expect(list[0]).toMatchObject({ status: 'no-data', lastCheckIn: null, trend: { points: [] } });
  });

  it('moves a goal to the trash and back', async () => {
    const goal = await create();
    await call(core, 'deleteGoal', { id: goal.goal.id });
    expect(await call(core, 'listGoals', { workspaceId: workspace.id })).toEqual([]);
    expect(await callError(core, 'getGoal', { id: goal.goal.id })).toMatchObject({ code: 'not_found' });
    const restored = await call(core, 'restoreGoal', { id: goal.goal.id });
    expect(restored.goal.title).toBe(goal.goal.title);
    expect(await callError(core, 'restoreGoal', { id: goal.goal.id })).toMatchObject({ code: 'not_found', message: `Goal ${goal.goal.id} not found in the trash` });
  });
});
