import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Rotation } from '../../../shared/api/rotation-operations';
import { openCore } from '../core';
import { call, callError } from '../testing/call';
import { createFridayTeaching } from '../testing/rotation-fixtures';
import { prop, readIcs } from '../testing/ics-reader';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

// Issue 19's rotation cases through the API, on a real database: a team teaching on Fridays from
// Dec 4 2026 (Ana, Ben, Chen), seen on Tuesday Dec 1.
let core: TempCore;
let workspaceId: string;
const clock = fixedClock('2026-12-01T09:00:00Z');

beforeEach(async () => {
  clock.set('2026-12-01T09:00:00Z');
  core = await openTempCore({ now: clock.now });
  workspaceId = (await createWorkspace(core)).id;
});
afterEach(() => core.dispose());

async function fridayTeaching(members = ['Ana', 'Ben', 'Chen']): Promise<Rotation> {
  return createFridayTeaching(core, workspaceId, { members, startDate: '2026-12-04', timeZone: 'Europe/Berlin' });
}

async function securityCommander(extra: { checklist?: string } = {}): Promise<Rotation> {
  return call(core, 'createRotation', {
    workspaceId,
    name: 'Security Commander',
    kind: 'role',
    members: ['Ana', 'Ben', 'Chen'],
    cadence: { kind: 'weekly', weekday: 1 },
    startDate: '2026-11-30',
    time: '09:00',
    durationMinutes: 480,
    timeZone: 'Europe/Berlin',
    ...extra,
  });
}

function idOf(rotation: Pick<Rotation, 'members'>, name: string): string {
  const member = rotation.members.find((m) => m.name === name);
  if (!member) throw new Error(`no member ${name}`);
  return member.id;
}

async function holders(id: string, count = 4): Promise<[string, string][]> {
  const schedule = await call(core, 'getRotationSchedule', { id, count });
  return schedule.occurrences.map((o) => [o.date, o.memberName ?? `(${o.status})`]);
}

describe('a swap, then a cover of the swapped date', () => {
  it('gives Dec 4 to the coverer, Dec 11 to the swapped member, and a debt the covered member repays', async () => {
    const rotation = await fridayTeaching();
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'swap', dateA: '2026-12-04', dateB: '2026-12-11' } });
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'cover', date: '2026-12-04', memberId: idOf(rotation, 'Chen') } });

    const schedule = await call(core, 'getRotationSchedule', { id: rotation.id, count: 4 });
    expect(schedule.occurrences.map((o) => [o.date, o.memberName, o.source])).toEqual([
      ['2026-12-04', 'Chen', 'cover'],
      ['2026-12-11', 'Ana', 'swap'],
      ['2026-12-18', 'Ben', 'repay'],
      ['2026-12-25', 'Ana', 'queue'],
    ]);
    expect(schedule.debts).toEqual([
      expect.objectContaining({ debtorName: 'Ben', creditorName: 'Chen', coveredOn: '2026-12-04', repaysOn: '2026-12-18' }),
    ]);
    const ben = schedule.ledger.find((l) => l.name === 'Ben');
    expect(ben).toMatchObject({ coversOwed: 1, owes: [{ creditorName: 'Chen', coveredOn: '2026-12-04', repaysOn: '2026-12-18' }] });
    expect(schedule.ledger.filter((l) => l.name !== 'Ben').every((l) => l.coversOwed === 0 && l.owes.length === 0)).toBe(true);
  });
});

describe('members joining and leaving', () => {
  it('counts a member who joins in the window as active, with the day they join', async () => {
    const rotation = await fridayTeaching();
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'addMember', name: 'Gus', from: '2026-12-10' } });
    const schedule = await call(core, 'getRotationSchedule', { id: rotation.id, count: 6 });
    expect(schedule.occurrences.some((o) => o.memberName === 'Gus')).toBe(true);
    expect(schedule.ledger.find((l) => l.name === 'Gus')).toMatchObject({ active: true, joinsOn: '2026-12-10', leavesOn: null });
  });

  it('undoes a joining: the member row goes from the database, and the preview still names them', async () => {
    const rotation = await fridayTeaching();
    const joined = await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'addMember', name: 'Gus', from: '2026-12-10' } });
    const gus = idOf(joined, 'Gus');

    const preview = await call(core, 'previewRotationChange', { rotationId: rotation.id, change: { type: 'undoJoin', memberId: gus } });
    expect(preview.counts.find((c) => c.memberId === gus)).toMatchObject({ name: 'Gus', after: 0 });
    expect(preview.counts.find((c) => c.memberId === gus)!.before).toBeGreaterThan(0);

    const undone = await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'undoJoin', memberId: gus } });
    expect(undone.members.map((m) => m.name)).toEqual(['Ana', 'Ben', 'Chen']);
    const db = new SqliteDatabase(core.dbPath, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM rotation_members WHERE id = ?').pluck().get(gus)).toBe(0);
    } finally {
      db.close();
    }
  });

  it('undoes a leaving', async () => {
    const rotation = await fridayTeaching();
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'removeMember', memberId: idOf(rotation, 'Ben'), from: '2026-12-15' } });
    expect((await holders(rotation.id, 5)).map(([, who]) => who)).toEqual(['Ana', 'Ben', 'Chen', 'Ana', 'Chen']);
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'undoLeave', memberId: idOf(rotation, 'Ben') } });
    expect((await call(core, 'getRotation', { id: rotation.id })).members.every((m) => m.activeUntil === null)).toBe(true);
    expect((await holders(rotation.id, 5)).map(([, who]) => who)).toEqual(['Ana', 'Ben', 'Chen', 'Ana', 'Ben']);
  });
});

describe('a new order of the members', () => {
  it('is stored, survives a restart, and is undone like any other change', async () => {
    const rotation = await fridayTeaching();
    const reordered = await call(core, 'applyRotationChange', {
      rotationId: rotation.id,
      change: { type: 'reorder', from: '2026-12-11', memberIds: [idOf(rotation, 'Chen'), idOf(rotation, 'Ana'), idOf(rotation, 'Ben')] },
    });
    expect(reordered.reorders).toEqual([expect.objectContaining({ from: '2026-12-11' })]);
    core.close();
    const reopened = await openCore(core.dataDir, { now: clock.now });
    try {
      const schedule = await call(reopened, 'getRotationSchedule', { id: rotation.id, count: 4 });
      expect(schedule.occurrences.map((o) => o.memberName)).toEqual(['Ana', 'Chen', 'Ana', 'Ben']);
      await call(reopened, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'removeOverride', overrideId: reordered.reorders[0]!.id } });
      const back = await call(reopened, 'getRotationSchedule', { id: rotation.id, count: 4 });
      expect(back.occurrences.map((o) => o.memberName)).toEqual(['Ana', 'Ben', 'Chen', 'Ana']);
    } finally {
      reopened.close();
    }
    core = await openTempCore({ now: clock.now }, core.dataDir);
  });
});

describe('topics follow their presenter', () => {
  it('moves Ben’s topic with his turn when turns are swapped, and back when the swap is undone', async () => {
    const rotation = await fridayTeaching();
    const topic = await call(core, 'proposeRotationTopic', { rotationId: rotation.id, title: 'Threat modeling with STRIDE', proposedBy: 'Ben' });
    await call(core, 'assignRotationTopic', { topicId: topic.id, date: '2026-12-11' });
    const other = await call(core, 'proposeRotationTopic', { rotationId: rotation.id, title: 'Property tests', proposedBy: 'Ana' });
    await call(core, 'assignRotationTopic', { topicId: other.id, date: '2026-12-04' });
    const swap = { type: 'swap', dateA: '2026-12-04', dateB: '2026-12-11' } as const;

    const preview = await call(core, 'previewRotationChange', { rotationId: rotation.id, change: swap });
    expect(preview.topicMoves).toEqual([
      { topicId: other.id, title: 'Property tests', from: '2026-12-04', to: '2026-12-11' },
      { topicId: topic.id, title: 'Threat modeling with STRIDE', from: '2026-12-11', to: '2026-12-04' },
    ]);

    const swapped = await call(core, 'applyRotationChange', { rotationId: rotation.id, change: swap });
    const schedule = await call(core, 'getRotationSchedule', { id: rotation.id, count: 2 });
    expect(schedule.occurrences.map((o) => [o.date, o.memberName, o.topic?.title ?? null])).toEqual([
      ['2026-12-04', 'Ben', 'Threat modeling with STRIDE'],
      ['2026-12-11', 'Ana', 'Property tests'],
    ]);

    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'removeOverride', overrideId: swapped.overrides[0]!.id } });
    const topics = await call(core, 'listRotationTopics', { rotationId: rotation.id });
    expect(topics.map((t) => [t.title, t.assignedDate])).toEqual(
      expect.arrayContaining([
        ['Threat modeling with STRIDE', '2026-12-11'],
        ['Property tests', '2026-12-04'],
      ]),
    );
  });

  it('sends a topic back to the backlog when its presenter leaves before presenting it', async () => {
    const rotation = await fridayTeaching();
    const topic = await call(core, 'proposeRotationTopic', { rotationId: rotation.id, title: 'Tracing', proposedBy: 'Chen' });
    await call(core, 'assignRotationTopic', { topicId: topic.id, date: '2026-12-18' });
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'removeMember', memberId: idOf(rotation, 'Chen'), from: '2026-12-15' } });
    expect((await call(core, 'listRotationTopics', { rotationId: rotation.id }))[0]).toMatchObject({ title: 'Tracing', assignedDate: null });
  });
});

describe('how long a turn lasts', () => {
  it('holds a weekly role for the week, until the next holder takes over, or for a set length', async () => {
    const role = await securityCommander();
    expect(role.turnLength).toBeNull();
    const week = await call(core, 'getRotationSchedule', { id: role.id, count: 2 });
    expect(week.occurrences.map((o) => [o.date, o.startsAt, o.endsAt])).toEqual([
      ['2026-12-07', '2026-12-07T08:00:00.000Z', '2026-12-14T08:00:00.000Z'],
      ['2026-12-14', '2026-12-14T08:00:00.000Z', '2026-12-21T08:00:00.000Z'],
    ]);

    const shift = await call(core, 'updateRotation', { id: role.id, turnLength: { kind: 'fixed', minutes: 8 * 60 } });
    expect(shift.turnLength).toEqual({ kind: 'fixed', minutes: 480 });
    const { text } = await call(core, 'exportRotationCalendar', { id: role.id, count: 1 });
    expect(prop(readIcs(text).children[0]!, 'DTEND')).toBe('20261207T160000Z');

    await call(core, 'updateRotation', { id: role.id, turnLength: null });
    const again = await call(core, 'getRotationSchedule', { id: role.id, count: 1 });
    expect(again.occurrences[0]!.endsAt).toBe('2026-12-14T08:00:00.000Z');
  });

  it('keeps a skipped week with the holder before it: the turn ends when the next holder takes over', async () => {
    const role = await securityCommander();
    await call(core, 'applyRotationChange', { rotationId: role.id, change: { type: 'skipDate', date: '2026-12-14', reason: 'Code freeze' } });
    const schedule = await call(core, 'getRotationSchedule', { id: role.id, count: 1 });
    expect(schedule.occurrences[0]!.endsAt).toBe('2026-12-21T08:00:00.000Z');
  });

  it('changes only the settings an update names', async () => {
    const role = await securityCommander({ checklist: '- Triage alerts' });
    await call(core, 'updateRotation', { id: role.id, cap: { maxTurns: 1, periodWeeks: 2 }, withSecondary: true, turnLength: { kind: 'fixed', minutes: 60 } });
    const renamed = await call(core, 'updateRotation', { id: role.id, name: 'Security lead' });
    expect(renamed).toMatchObject({
      name: 'Security lead',
      checklist: '- Triage alerts',
      cap: { maxTurns: 1, periodWeeks: 2 },
      withSecondary: true,
      turnLength: { kind: 'fixed', minutes: 60 },
    });
  });
});

describe('the number of dates', () => {
  it('shows and exports as many dates as asked', async () => {
    const rotation = await fridayTeaching();
    expect((await call(core, 'getRotationSchedule', { id: rotation.id, count: 20 })).occurrences).toHaveLength(20);
    const { text } = await call(core, 'exportRotationMarkdown', { id: rotation.id, count: 5 });
    expect(text.match(/^\| 20\d\d-/gm)).toHaveLength(5);
    expect((await call(core, 'exportRotationMarkdown', { id: rotation.id })).text.match(/^\| 20\d\d-/gm)).toHaveLength(12);
    expect(await callError(core, 'getRotationSchedule', { id: rotation.id, count: 0 })).toMatchObject({ field: 'count', message: 'count: Show at least 1 date' });
  });
});

describe('the handover to the next holder', () => {
  it('goes to whoever takes over next, after a swap too, until the turn after theirs starts', async () => {
    const role = await securityCommander();
    // Ben holds Dec 7 (Ana held Nov 30); the next turn is Chen's on Dec 14.
    clock.set('2026-12-08T09:00:00Z');
    await call(core, 'saveRotationLogEntry', { rotationId: role.id, date: '2026-12-07', handover: 'Two alerts open: INC-12 and INC-14.' });
    expect((await call(core, 'getRotationSchedule', { id: role.id, count: 2 })).handover).toEqual({
      fromDate: '2026-12-07',
      fromName: 'Ben',
      text: 'Two alerts open: INC-12 and INC-14.',
      toDate: '2026-12-14',
      toMemberId: idOf(role, 'Chen'),
      toName: 'Chen',
    });

    await call(core, 'applyRotationChange', { rotationId: role.id, change: { type: 'swap', dateA: '2026-12-14', dateB: '2026-12-21' } });
    expect((await call(core, 'getRotationSchedule', { id: role.id, count: 2 })).handover).toMatchObject({ toDate: '2026-12-14', toName: 'Ana' });

    // Ana's turn started on Dec 14; once the turn after it (Dec 21) starts, the note is history.
    clock.set('2026-12-21T09:00:00Z');
    expect((await call(core, 'getRotationSchedule', { id: role.id, count: 2 })).handover).toBeNull();
  });

  it('belongs to roles only: a teaching rotation has none, whatever its log says', async () => {
    const teaching = await fridayTeaching();
    clock.set('2026-12-05T09:00:00Z');
    // Written while it was a role, say; a presenter takes over no duties from the one before.
    await call(core, 'saveRotationLogEntry', { rotationId: teaching.id, date: '2026-12-04', handover: 'Slides are in the shared drive.' });
    expect((await call(core, 'getRotationSchedule', { id: teaching.id, count: 2 })).handover).toBeNull();
  });
});

describe('the checklist of a turn', () => {
  it('is ticked off per turn, each turn starting with a fresh list', async () => {
    const role = await securityCommander({ checklist: '- Triage new alerts\n- Rotate the on-call phone\n\nSome prose.' });
    const ticked = await call(core, 'setChecklistTick', { rotationId: role.id, date: '2026-12-07', key: 'Triage new alerts', done: true });
    expect(ticked).toEqual({ date: '2026-12-07', keys: ['Triage new alerts'] });
    const schedule = await call(core, 'getRotationSchedule', { id: role.id, count: 2 });
    expect(schedule.ticks).toEqual([{ date: '2026-12-07', keys: ['Triage new alerts'] }]);

    expect(await call(core, 'setChecklistTick', { rotationId: role.id, date: '2026-12-07', key: 'Triage new alerts', done: false })).toEqual({ date: '2026-12-07', keys: [] });
    expect(await callError(core, 'setChecklistTick', { rotationId: role.id, date: '2026-12-07', key: 'Some prose.', done: true })).toMatchObject({ code: 'invalid_input', field: 'key' });
    expect(await callError(core, 'setChecklistTick', { rotationId: role.id, date: '2026-12-08', key: 'Triage new alerts', done: true })).toMatchObject({ field: 'date' });
  });
});

describe('rotation form errors', () => {
  it('names every field that is wrong at once, in words that stand alone', async () => {
    const error = await callError(core, 'createRotation', {
      workspaceId,
      name: ' ',
      kind: 'role',
      members: [],
      cadence: { kind: 'weekly', weekday: 1 },
      startDate: '2026-12-01',
      time: '9am',
      durationMinutes: 30,
      timeZone: 'UTC',
    });
    expect(error.problems).toEqual([
      { field: 'name', message: 'Name the rotation' },
      { field: 'time', message: 'Enter the time as HH:MM on a 24-hour clock, like 09:30' },
      { field: 'members', message: 'Add at least one member' },
    ]);
  });
});
