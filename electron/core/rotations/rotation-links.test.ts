import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GoalView } from '../../../shared/api/goal-operations';
import type { Rotation } from '../../../shared/api/rotation-operations';
import { call, callError } from '../testing/call';
import { createFridayTeaching } from '../testing/rotation-fixtures';
import { createWorkspace, fixedClock, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspaceId: string;
let rotation: Rotation;
let goal: GoalView;
const clock = fixedClock('2026-01-20T11:00:00Z');

beforeEach(async () => {
  clock.set('2026-01-20T11:00:00Z');
  core = await openTempCore({ now: clock.now });
  workspaceId = (await createWorkspace(core)).id;
  rotation = await createFridayTeaching(core, workspaceId, { members: ['Ada', 'Grace', 'Linus'], startDate: '2026-01-01', timeZone: 'UTC' });
  goal = await call(core, 'createGoal', {
    workspaceId,
    title: 'A team that learns',
    startDate: '2026-01-05',
    results: [{ metric: 'Topics taught', baseline: 0, target: 12, direction: 'increase', deadline: '2026-12-31' }],
    behaviors: [
      { who: 'Each developer', action: 'teaches a topic', targetCount: 1, period: 'sprint' },
      { who: 'Each developer', action: 'pairs on a review', targetCount: 2 },
    ],
  });
});
afterEach(() => core.dispose());

const behaviorCheckIns = async () =>
  (await call(core, 'getGoal', { id: goal.goal.id })).checkIns
    .filter((c) => c.subject === 'behavior')
    .map((c) => ({ behavior: goal.goal.behaviors.findIndex((b) => b.id === c.subjectId), date: c.date, value: c.value, note: c.note }));

describe('links from a logged session', () => {
  it('links a session to decisions and goals, shows it on their pages, and keeps links when a save leaves them out', async () => {
    const decision = await call(core, 'createDecision', { workspaceId, content: { title: 'Use property-based tests' } });
    const entry = await call(core, 'saveRotationLogEntry', {
      rotationId: rotation.id,
      date: '2026-01-09',
      summary: 'Ada showed fast-check',
      decisionIds: [decision.id],
      goalIds: [goal.goal.id],
    });
    expect(entry.decisions).toEqual([{ id: decision.id, number: decision.number, title: 'Use property-based tests' }]);
    expect(entry.goals).toEqual([{ id: goal.goal.id, title: 'A team that learns' }]);

    const backlink = { rotationId: rotation.id, rotationName: 'Friday teaching', date: '2026-01-09', holderName: 'Grace', topic: null, summary: 'Ada showed fast-check' };
    expect(await call(core, 'listDecisionRotationSessions', { decisionId: decision.id })).toEqual([backlink]);
    expect(await call(core, 'listGoalRotationSessions', { goalId: goal.goal.id })).toEqual([backlink]);

    const edited = await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-09', summary: 'Edited' });
    expect(edited.decisions.map((d) => d.id)).toEqual([decision.id]);
    const unlinked = await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-09', summary: 'Edited', decisionIds: [] });
    expect(unlinked.decisions).toEqual([]);
    expect(await call(core, 'listDecisionRotationSessions', { decisionId: decision.id })).toEqual([]);
  });

  it('refuses a decision from another workspace, naming its place in the list', async () => {
    const other = await createWorkspace(core, 'Other team');
    const foreign = await call(core, 'createDecision', { workspaceId: other.id, content: { title: 'Elsewhere' } });
    const error = await callError(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-09', decisionIds: [foreign.id] });
    expect(error).toMatchObject({ code: 'not_found', field: 'decisionIds.0' });
    expect(await call(core, 'listRotationLog', { rotationId: rotation.id })).toEqual([]);
  });
});

describe('a rotation counting toward a behavior', () => {
  it('checks the behavior in once per session, updates it on a second save, and names the rotation and topic', async () => {
    const target = await call(core, 'setRotationBehavior', { rotationId: rotation.id, behaviorId: goal.goal.behaviors[0]!.id });
    expect(target).toEqual({ goalId: goal.goal.id, goalTitle: 'A team that learns', behaviorId: goal.goal.behaviors[0]!.id, who: 'Each developer', action: 'teaches a topic' });
    expect(await call(core, 'getRotationBehavior', { rotationId: rotation.id })).toEqual(target);

    await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-09', summary: 'first' });
    expect(await behaviorCheckIns()).toEqual([{ behavior: 0, date: '2026-01-09', value: 1, note: 'Friday teaching: Grace taught a session' }]);

    // Topics are assigned ahead of a session: back to the week before, then forward again.
    clock.set('2026-01-06T11:00:00Z');
    const topic = await call(core, 'proposeRotationTopic', { rotationId: rotation.id, title: 'Fuzzing', proposedBy: 'Grace' });
    await call(core, 'assignRotationTopic', { topicId: topic.id, date: '2026-01-09' });
    clock.set('2026-01-20T11:00:00Z');
    await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-09', summary: 'again' });
    await call(core, 'addRotationFeedback', { rotationId: rotation.id, date: '2026-01-09', rating: 5, author: 'Ada' });
    expect(await behaviorCheckIns()).toEqual([{ behavior: 0, date: '2026-01-09', value: 1, note: 'Friday teaching: Grace taught “Fuzzing”' }]);

    // Feedback on an unlogged session creates its entry, and so counts too.
    await call(core, 'addRotationFeedback', { rotationId: rotation.id, date: '2026-01-16', rating: 4, author: 'Ada' });
    expect((await behaviorCheckIns()).map((c) => c.date)).toEqual(['2026-01-09', '2026-01-16']);
  });

  it('moves check-ins to a new behavior, skips sessions before the goal started, and removes them when the target is cleared', async () => {
    await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-02', summary: 'before the goal' });
    await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-09', summary: 'one' });
    await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-16', summary: 'two' });

    await call(core, 'setRotationBehavior', { rotationId: rotation.id, behaviorId: goal.goal.behaviors[0]!.id });
    expect((await behaviorCheckIns()).map((c) => [c.behavior, c.date])).toEqual([
      [0, '2026-01-09'],
      [0, '2026-01-16'],
    ]);

    await call(core, 'setRotationBehavior', { rotationId: rotation.id, behaviorId: goal.goal.behaviors[1]!.id });
    expect((await behaviorCheckIns()).map((c) => [c.behavior, c.date])).toEqual([
      [1, '2026-01-09'],
      [1, '2026-01-16'],
    ]);

    expect(await call(core, 'setRotationBehavior', { rotationId: rotation.id, behaviorId: null })).toBeNull();
    expect(await behaviorCheckIns()).toEqual([]);
  });

  it('records a session again after its check-in was deleted on the goal page, and keeps check-ins made by hand', async () => {
    await call(core, 'setRotationBehavior', { rotationId: rotation.id, behaviorId: goal.goal.behaviors[0]!.id });
    await call(core, 'recordCheckIns', { goalId: goal.goal.id, date: '2026-01-12', entries: [{ subject: 'behavior', subjectId: goal.goal.behaviors[0]!.id, value: 1, note: 'by hand' }] });
    await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-09' });
    const automatic = (await call(core, 'getGoal', { id: goal.goal.id })).checkIns.find((c) => c.date === '2026-01-09');
    await call(core, 'deleteCheckIn', { id: automatic!.id });

    await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-09', summary: 'saved again' });
    await call(core, 'setRotationBehavior', { rotationId: rotation.id, behaviorId: null });
    expect((await behaviorCheckIns()).map((c) => c.note)).toEqual(['by hand']);
  });

  it('keeps counting when the goal is edited, and stops when its behavior is removed from the goal', async () => {
    await call(core, 'setRotationBehavior', { rotationId: rotation.id, behaviorId: goal.goal.behaviors[0]!.id });
    await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-09' });
    const { behaviors, results } = goal.goal;
    await call(core, 'updateGoal', { id: goal.goal.id, title: 'A team that teaches', results, behaviors });
    expect((await call(core, 'getRotationBehavior', { rotationId: rotation.id }))?.goalTitle).toBe('A team that teaches');
    expect((await behaviorCheckIns()).map((c) => c.date)).toEqual(['2026-01-09']);

    await call(core, 'updateGoal', { id: goal.goal.id, title: 'A team that teaches', results, behaviors: behaviors.slice(1) });
    expect(await call(core, 'getRotationBehavior', { rotationId: rotation.id })).toBeNull();
    await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-16' });
    expect(await behaviorCheckIns()).toEqual([]);
  });

  it('offers the behaviors of live goals only and refuses one of another workspace', async () => {
    expect((await call(core, 'listBehaviorTargets', { workspaceId })).map((b) => b.action)).toEqual(['teaches a topic', 'pairs on a review']);
    const other = await createWorkspace(core, 'Other team');
    const foreign = await call(core, 'createGoal', {
      workspaceId: other.id,
      title: 'Elsewhere',
      startDate: '2026-01-05',
      results: [{ metric: 'M', baseline: 0, target: 1, direction: 'increase', deadline: '2026-12-31' }],
      behaviors: [{ who: 'Someone', action: 'does something', targetCount: 1 }],
    });
    expect(await callError(core, 'setRotationBehavior', { rotationId: rotation.id, behaviorId: foreign.goal.behaviors[0]!.id })).toMatchObject({
      code: 'not_found',
      field: 'behaviorId',
    });
    await call(core, 'deleteGoal', { id: goal.goal.id });
    expect(await call(core, 'listBehaviorTargets', { workspaceId })).toEqual([]);
  });
});

describe('writing the Markdown export into the sync folder', () => {
  it('writes rotations/<name>.md inside the sync folder, which a sync neither imports nor reports', async () => {
    expect(await callError(core, 'writeRotationMarkdown', { id: rotation.id })).toMatchObject({ code: 'invalid_input', field: 'id' });

    const folder = makeTempDir();
    const decision = await call(core, 'createDecision', { workspaceId, content: { title: 'Keep a decision log' } });
    await call(core, 'linkSyncFolder', { workspaceId, path: folder, dialect: 'madr4' });
    await call(core, 'syncWorkspace', { workspaceId });
    const before = fs.readdirSync(folder).sort();

    await call(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-09', summary: 'Fuzzing basics', decisionIds: [decision.id] });
    const result = await call(core, 'writeRotationMarkdown', { id: rotation.id });
    expect(result).toEqual({ path: path.join(folder, 'rotations', 'friday-teaching.md'), written: true });
    expect(fs.readFileSync(result.path, 'utf8')).toContain('Fuzzing basics\n\nAbout: 0001 Keep a decision log\n');
    expect((await call(core, 'writeRotationMarkdown', { id: rotation.id })).written).toBe(false);

    const sync = await call(core, 'syncWorkspace', { workspaceId });
    expect(sync).toMatchObject({ pulled: [], pushed: [], deleted: [], conflicts: [], problems: [] });
    expect(fs.readdirSync(folder).sort()).toEqual([...before, 'rotations'].sort());
    const decisions = await call(core, 'searchDecisions', { workspaceId });
    expect(decisions.items.map((d) => d.title)).toEqual(['Keep a decision log']);
  });
});
