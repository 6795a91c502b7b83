import { AppError } from '../../../shared/api/api-result';
import type { Rotation } from '../../../shared/api/rotation-operations';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { SchedulePlan } from '../../../shared/rotations/rotation-model';
import { calendarDateIn } from '../../../shared/rotations/zoned-time';
import type { CoreContext } from '../core-context';

export function requireRotation(ctx: CoreContext, id: string, field = 'id'): Rotation {
  const rotation = ctx.rotations.definitions.find(id);
  if (!rotation) throw new AppError('not_found', `Rotation ${id} not found`, field);
  return rotation;
}

/** What the scheduler needs from a rotation. */
export function planOf(rotation: Rotation): SchedulePlan {
  return { startDate: rotation.startDate, cadence: rotation.cadence, members: rotation.members, overrides: rotation.overrides, cap: rotation.cap };
}

/** Today where the rotation meets, so "past" and "upcoming" match the team's own calendar. */
export function todayOf(ctx: CoreContext, rotation: Rotation): CalendarDate {
  return calendarDateIn(rotation.timeZone, ctx.now());
}
