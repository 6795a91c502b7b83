import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Rotation } from '../../../shared/api/rotation-operations';
import { call, callError } from '../testing/call';
import { createFridayTeaching } from '../testing/rotation-fixtures';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspaceId: string;
// Monday 2026-01-05, noon in Berlin.
const clock = fixedClock('2026-01-05T11:00:00Z');

beforeEach(async () => {
  clock.set('2026-01-05T11:00:00Z');
  core = await openTempCore({ now: clock.now });
  workspaceId = (await createWorkspace(core)).id;
});
afterEach(() => core.dispose());

async function fridayTeaching(members = ['Ada', 'Grace', 'Linus']): Promise<Rotation> {
  return createFridayTeaching(core, workspaceId, { members, startDate: '2026-01-01', timeZone: 'Europe/Berlin' });
}

async function holders(id: string, count = 4): Promise<string[]> {
  const schedule = await call(core, 'getRotationSchedule', { id, count });
  return schedule.occurrences.map((o) => o.memberName ?? `(${o.status})`);
}

function memberId(rotation: Rotation, name: string): string {
  const member = rotation.members.find((m) => m.name === name);
  if (!member) throw new Error(`no member ${name}`);
  return member.id;
}

describe('rotations', () => {
  it('creates a rotation and schedules its upcoming turns in member order with times in its zone', async () => {
    const rotation = await fridayTeaching();
    expect(rotation).toMatchObject({ name: 'Friday teaching', kind: 'teaching', cap: null, checklist: '', overrides: [] });
    expect(rotation.members.map((m) => m.name)).toEqual(['Ada', 'Grace', 'Linus']);

    const schedule = await call(core, 'getRotationSchedule', { id: rotation.id, count: 3 });
    expect(schedule.today).toBe('2026-01-05');
    // The first Friday, 2026-01-02, was Ada's; today's schedule starts with the 9th.
    expect(schedule.occurrences.map((o) => [o.date, o.memberName, o.startsAt, o.endsAt])).toEqual([
      ['2026-01-09', 'Grace', '2026-01-09T14:00:00.000Z', '2026-01-09T14:45:00.000Z'],
      ['2026-01-16', 'Linus', '2026-01-16T14:00:00.000Z', '2026-01-16T14:45:00.000Z'],
      ['2026-01-23', 'Ada', '2026-01-23T14:00:00.000Z', '2026-01-23T14:45:00.000Z'],
    ]);
    expect(schedule.ledger.map((l) => [l.name, l.held, l.upcoming])).toEqual([
      ['Ada', 1, 1],
      ['Grace', 0, 1],
      ['Linus', 0, 1],
    ]);

    expect(await call(core, 'listRotations', { workspaceId })).toEqual([
      expect.objectContaining({ name: 'Friday teaching', memberCount: 3, timeZone: 'Europe/Berlin', next: { date: '2026-01-09', startsAt: '2026-01-09T14:00:00.000Z', memberName: 'Grace' } }),
    ]);
  });

  it('refuses a rotation without members, with a member twice, or in an unknown time zone', async () => {
    const base = { workspaceId, name: 'R', kind: 'role', cadence: { kind: 'weekly', weekday: 1 }, startDate: '2026-01-01', time: '09:00', durationMinutes: 30, timeZone: 'UTC' };
    expect(await callError(core, 'createRotation', { ...base, members: [] })).toMatchObject({
      code: 'invalid_input',
      field: 'members',
      message: 'members: Add at least one member',
    });
    expect(await callError(core, 'createRotation', { ...base, members: ['Ada', 'ada'] })).toMatchObject({ field: 'members.1' });
    expect(await callError(core, 'createRotation', { ...base, members: ['Ada'], timeZone: 'Mars/Base' })).toMatchObject({ field: 'timeZone' });
    expect(await callError(core, 'createRotation', { ...base, members: ['Ada'], time: '9am' })).toMatchObject({ field: 'time' });
  });

  it('previews an absence without saving it, then applies it and re-queues the absent member', async () => {
    const rotation = await fridayTeaching();
    const change = { type: 'absence', memberId: memberId(rotation, 'Grace'), from: '2026-01-06', to: '2026-01-12', reason: 'Conference' } as const;

    const preview = await call(core, 'previewRotationChange', { rotationId: rotation.id, change });
    expect(preview.changed.slice(0, 2)).toEqual([
      { date: '2026-01-09', before: { status: 'scheduled', memberName: 'Grace', reason: null }, after: { status: 'scheduled', memberName: 'Linus', reason: null } },
      { date: '2026-01-16', before: { status: 'scheduled', memberName: 'Linus', reason: null }, after: { status: 'scheduled', memberName: 'Grace', reason: null } },
    ]);
    expect(await holders(rotation.id)).toEqual(['Grace', 'Linus', 'Ada', 'Grace']);

    const applied = await call(core, 'applyRotationChange', { rotationId: rotation.id, change });
    expect(applied.overrides).toEqual([expect.objectContaining({ type: 'absence', reason: 'Conference' })]);
    expect(await holders(rotation.id)).toEqual(['Linus', 'Grace', 'Ada', 'Linus']);
    const schedule = await call(core, 'getRotationSchedule', { id: rotation.id, count: 1 });
    expect(schedule.occurrences[0]?.passedOver).toEqual(['Grace']);

    expect(await callError(core, 'applyRotationChange', { rotationId: rotation.id, change: { ...change, from: '2026-01-10', to: '2026-01-20' } })).toMatchObject({
      code: 'invalid_input',
      field: 'change.from',
    });
  });

  it('swaps, skips, covers, adds and removes members, and undoes a change', async () => {
    const rotation = await fridayTeaching();
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'swap', dateA: '2026-01-09', dateB: '2026-01-16' } });
    expect(await holders(rotation.id)).toEqual(['Linus', 'Grace', 'Ada', 'Grace']);

    const skipped = await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'skipDate', date: '2026-01-23', reason: 'Team offsite' } });
    expect(await holders(rotation.id)).toEqual(['Linus', 'Grace', '(skipped)', 'Ada']);

    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'addMember', name: 'Margaret', from: '2026-01-05' } });
    const left = await call(core, 'applyRotationChange', {
      rotationId: rotation.id,
      change: { type: 'removeMember', memberId: memberId(rotation, 'Linus'), from: '2026-02-01' },
    });
    expect(left.members.map((m) => [m.name, m.activeUntil])).toEqual([
      ['Ada', null],
      ['Grace', null],
      ['Linus', '2026-02-01'],
      ['Margaret', null],
    ]);
    expect(await holders(rotation.id, 7)).toEqual(['Linus', 'Grace', '(skipped)', 'Ada', 'Margaret', 'Grace', 'Ada']);

    const skip = skipped.overrides.find((o) => o.type === 'skip');
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'removeOverride', overrideId: skip!.id } });
    expect((await holders(rotation.id, 3))[2]).toBe('Ada');

    expect(await callError(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'swap', dateA: '2026-01-02', dateB: '2026-01-09' } })).toEqual({
      code: 'invalid_input',
      field: 'change.dateA',
      message: '2026-01-02 is in the past; a swap can only change turns from today on',
    });
  });

  it('lists a person’s upcoming turns across rotations, as holder or secondary', async () => {
    await fridayTeaching();
    await call(core, 'createRotation', {
      workspaceId,
      name: 'Security Commander',
      kind: 'role',
      members: ['Grace', 'Ada'],
      cadence: { kind: 'weekly', weekday: 1 },
      startDate: '2026-01-06',
      time: '09:00',
      durationMinutes: 60,
      timeZone: 'Europe/Berlin',
      withSecondary: true,
    });
    const turns = await call(core, 'listMemberTurns', { workspaceId, name: 'ada', count: 4 });
    expect(turns.map((t) => [t.rotationName, t.date, t.as])).toEqual([
      ['Security Commander', '2026-01-12', 'secondary'],
      ['Security Commander', '2026-01-19', 'holder'],
      ['Friday teaching', '2026-01-23', 'holder'],
      ['Security Commander', '2026-01-26', 'secondary'],
    ]);
  });

  it('updates settings and deletes a rotation with everything in it', async () => {
    const rotation = await fridayTeaching();
    const updated = await call(core, 'updateRotation', { id: rotation.id, name: 'Tech talks', cap: { maxTurns: 1, periodWeeks: 2 }, time: '16:00' });
    expect(updated).toMatchObject({ name: 'Tech talks', time: '16:00', cap: { maxTurns: 1, periodWeeks: 2 }, kind: 'teaching' });
    expect(await call(core, 'getRotation', { id: rotation.id })).toEqual(updated);
    await call(core, 'proposeRotationTopic', { rotationId: rotation.id, title: 'Property tests', proposedBy: 'Ada' });
    expect(await call(core, 'deleteRotation', { id: rotation.id })).toEqual({ id: rotation.id });
    expect(await callError(core, 'getRotation', { id: rotation.id })).toMatchObject({ code: 'not_found', field: 'id' });
    expect(await call(core, 'listRotations', { workspaceId })).toEqual([]);
  });
});
