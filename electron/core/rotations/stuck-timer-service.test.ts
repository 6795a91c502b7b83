import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stuckStage } from '../../../shared/rotations/stuck-advice';
import { call, callError } from '../testing/call';
import { createFridayTeaching } from '../testing/rotation-fixtures';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspaceId: string;
const clock = fixedClock('2026-01-05T08:00:00Z');

beforeEach(async () => {
  clock.set('2026-01-05T08:00:00Z');
  core = await openTempCore({ now: clock.now });
  workspaceId = (await createWorkspace(core)).id;
});
afterEach(() => core.dispose());

describe('stuck timers', () => {
  it('runs a timer with the team as peers to ask, and stops it', async () => {
    await createFridayTeaching(core, workspaceId, { members: ['Ada', 'Grace', 'Linus'], startDate: '2026-01-01', timeZone: 'UTC' });
    const timer = await call(core, 'startStuckTimer', { workspaceId, problem: 'Flaky payment test', startedBy: 'ada' });
    expect(timer).toMatchObject({ problem: 'Flaky payment test', startedAt: '2026-01-05T08:00:00.000Z', stoppedAt: null, peers: ['Grace', 'Linus'] });

    clock.set('2026-01-05T16:30:00Z');
    const [running] = await call(core, 'listStuckTimers', { workspaceId });
    expect(stuckStage(clock.now().getTime() - Date.parse(running!.startedAt))).toBe('ask-peers');

    expect(await call(core, 'stopStuckTimer', { id: timer.id })).toMatchObject({ stoppedAt: '2026-01-05T16:30:00.000Z' });
    expect(await call(core, 'listStuckTimers', { workspaceId })).toEqual([]);
  });

  it('never tells the stuck person to ask themselves, however they typed their name, nor someone not in a rotation today', async () => {
    const rotation = await call(core, 'createRotation', {
      workspaceId,
      name: 'Security Commander',
      kind: 'role',
      members: ['Ada Lovelace', 'Grace', 'Linus', 'Zoë Ng'],
      cadence: { kind: 'weekly', weekday: 1 },
      startDate: '2026-01-05',
      time: '09:00',
      durationMinutes: 60,
      timeZone: 'UTC',
    });
    const linus = rotation.members.find((m) => m.name === 'Linus')!.id;
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'removeMember', memberId: linus, from: '2026-01-05' } });
    await call(core, 'applyRotationChange', { rotationId: rotation.id, change: { type: 'addMember', name: 'Margaret', from: '2026-02-01' } });

    expect((await call(core, 'startStuckTimer', { workspaceId, problem: 'Flaky test', startedBy: 'ada' })).peers).toEqual(['Grace', 'Zoë Ng']);
    expect((await call(core, 'startStuckTimer', { workspaceId, problem: 'Slow build', startedBy: ' zoe  ng ' })).peers).toEqual(['Ada Lovelace', 'Grace']);
  });

  it('asks what the problem is', async () => {
    expect(await callError(core, 'startStuckTimer', { workspaceId, problem: ' ', startedBy: 'Ada' })).toMatchObject({
      field: 'problem',
      message: 'problem: say what you are stuck on',
    });
  });
});
