import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Rotation } from '../../../shared/api/rotation-operations';
import { call, callError } from '../testing/call';
import { createFridayTeaching } from '../testing/rotation-fixtures';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let rotation: Rotation;
const clock = fixedClock('2026-01-05T11:00:00Z');

beforeEach(async () => {
  clock.set('2026-01-05T11:00:00Z');
  core = await openTempCore({ now: clock.now });
  const workspaceId = (await createWorkspace(core)).id;
  rotation = await createFridayTeaching(core, workspaceId, { members: ['Ada', 'Grace', 'Linus'], startDate: '2026-01-01', timeZone: 'Europe/Berlin' });
});
afterEach(() => core.dispose());

describe('topic backlog', () => {
  it('orders open topics by votes, counts one vote per person, and assigns a topic to a session', async () => {
    const fuzzing = await call(core, 'proposeRotationTopic', {
      rotationId: rotation.id,
      title: 'Fuzzing',
      description: 'Finding bugs with random input',
      links: ['https://example.org/fuzzing'],
      proposedBy: 'Ada',
    });
    const sqlite = await call(core, 'proposeRotationTopic', { rotationId: rotation.id, title: 'SQLite internals', proposedBy: 'Grace' });
    await call(core, 'voteRotationTopic', { topicId: sqlite.id, voter: 'Linus' });
    await call(core, 'voteRotationTopic', { topicId: sqlite.id, voter: 'linus' });
    expect((await call(core, 'voteRotationTopic', { topicId: sqlite.id, voter: 'Ada' })).voters).toEqual(['Ada', 'Linus']);
    expect((await call(core, 'listRotationTopics', { rotationId: rotation.id })).map((t) => t.title)).toEqual(['SQLite internals', 'Fuzzing']);

    await call(core, 'assignRotationTopic', { topicId: fuzzing.id, date: '2026-01-09' });
    const schedule = await call(core, 'getRotationSchedule', { id: rotation.id, count: 1 });
    expect(schedule.occurrences[0]?.topic).toEqual({ id: fuzzing.id, title: 'Fuzzing' });

    // Assigning another topic to the same session sends the first back to the backlog.
    await call(core, 'assignRotationTopic', { topicId: sqlite.id, date: '2026-01-09' });
    const topics = await call(core, 'listRotationTopics', { rotationId: rotation.id });
    expect(topics.map((t) => [t.title, t.assignedDate])).toEqual([
      ['Fuzzing', null],
      ['SQLite internals', '2026-01-09'],
    ]);

    expect((await call(core, 'voteRotationTopic', { topicId: sqlite.id, voter: 'Ada', vote: false })).voters).toEqual(['Linus']);
    expect(await call(core, 'deleteRotationTopic', { topicId: fuzzing.id })).toEqual({ id: fuzzing.id });
  });

  it('refuses past or missing sessions, bad links, and backlogs for roles', async () => {
    const topic = await call(core, 'proposeRotationTopic', { rotationId: rotation.id, title: 'Fuzzing', proposedBy: 'Ada' });
    expect(await callError(core, 'assignRotationTopic', { topicId: topic.id, date: '2026-01-02' })).toMatchObject({ field: 'date' });
    expect(await callError(core, 'assignRotationTopic', { topicId: topic.id, date: '2026-01-10' })).toEqual({
      code: 'invalid_input',
      field: 'date',
      message: 'Friday teaching does not meet on 2026-01-10',
    });
    expect(await callError(core, 'proposeRotationTopic', { rotationId: rotation.id, title: 'X', proposedBy: 'Ada', links: ['not a url'] })).toMatchObject({
      field: 'links.0',
    });
    const role = await call(core, 'createRotation', {
      workspaceId: rotation.workspaceId,
      name: 'Security Commander',
      kind: 'role',
      members: ['Ada'],
      cadence: { kind: 'weekly', weekday: 1 },
      startDate: '2026-01-05',
      time: '09:00',
      durationMinutes: 30,
      timeZone: 'UTC',
    });
    expect(await callError(core, 'proposeRotationTopic', { rotationId: role.id, title: 'X', proposedBy: 'Ada' })).toMatchObject({
      field: 'rotationId',
      message: 'Security Commander is a role rotation; only teaching rotations have a topic backlog',
    });
  });
});

describe('session log', () => {
  it('logs a past session with attendance, notes and feedback, and refuses a future one', async () => {
    const entry = await call(core, 'saveRotationLogEntry', {
      rotationId: rotation.id,
      date: '2026-01-02',
      summary: 'Ada showed property-based testing',
      attendance: ['Grace', 'Linus'],
      notes: 'Run fast-check in CI',
    });
    expect(entry).toMatchObject({ holderName: 'Ada', attendance: ['Grace', 'Linus'], feedback: [], averageRating: null });

    await call(core, 'addRotationFeedback', { rotationId: rotation.id, date: '2026-01-02', rating: 5, comment: 'Great examples', author: 'Grace' });
    const rated = await call(core, 'addRotationFeedback', { rotationId: rotation.id, date: '2026-01-02', rating: 4, author: 'Linus' });
    expect(rated.averageRating).toBe(4.5);
    expect(rated.feedback.map((f) => [f.author, f.rating, f.comment])).toEqual([
      ['Grace', 5, 'Great examples'],
      ['Linus', 4, ''],
    ]);
    expect((await call(core, 'getRotationSchedule', { id: rotation.id, from: '2026-01-02', count: 2 })).occurrences.map((o) => o.logged)).toEqual([true, false]);

    expect(await callError(core, 'saveRotationLogEntry', { rotationId: rotation.id, date: '2026-01-09' })).toEqual({
      code: 'invalid_input',
      field: 'date',
      message: 'the session on 2026-01-09 has not happened yet',
    });
    expect(await callError(core, 'addRotationFeedback', { rotationId: rotation.id, date: '2026-01-02', rating: 6, author: 'X' })).toMatchObject({ field: 'rating' });
    expect((await call(core, 'listRotationLog', { rotationId: rotation.id })).map((e) => e.date)).toEqual(['2026-01-02']);
  });
});
