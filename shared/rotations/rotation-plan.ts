import type { Rotation } from '../api/rotation-operations';
import type { PlanReorder, SchedulePlan } from './rotation-model';

/** What the scheduler needs from a rotation: nothing else about it changes who gets which turn. */
export function planOf(rotation: Pick<Rotation, 'startDate' | 'cadence' | 'members' | 'overrides' | 'cap'> & { reorders?: PlanReorder[] }): SchedulePlan {
  return {
    startDate: rotation.startDate,
    cadence: rotation.cadence,
    members: rotation.members,
    overrides: rotation.overrides,
    cap: rotation.cap,
    ...(rotation.reorders && { reorders: rotation.reorders }),
  };
}
