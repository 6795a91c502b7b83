import type { Rotation } from '../../../shared/api/rotation-operations';
import { call } from './call';
import type { TempCore } from './temp-core';

/** The rotation tests' usual one: a weekly teaching slot on Fridays, 15:00 for 45 minutes. */
export function createFridayTeaching(core: TempCore, workspaceId: string, { members, startDate, timeZone }: { members: string[]; startDate: string; timeZone: string }): Promise<Rotation> {
  return call(core, 'createRotation', {
    workspaceId,
    name: 'Friday teaching',
    kind: 'teaching',
    members,
    cadence: { kind: 'weekly', weekday: 5 },
    startDate,
    time: '15:00',
    durationMinutes: 45,
    timeZone,
  });
}
