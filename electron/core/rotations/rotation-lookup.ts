import { AppError } from '../../../shared/api/api-result';
import type { Rotation } from '../../../shared/api/rotation-operations';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { calendarDateIn } from '../../../shared/rotations/zoned-time';
import type { CoreContext } from '../core-context';

export function requireRotation(ctx: CoreContext, id: string, field = 'id'): Rotation {
  const rotation = ctx.rotations.definitions.find(id);
  if (!rotation) throw new AppError('not_found', `Rotation ${id} not found`, field);
  return rotation;
}

/** Today where the rotation meets, so "past" and "upcoming" match the team's own calendar. */
export function todayOf(ctx: CoreContext, rotation: Rotation): CalendarDate {
  return calendarDateIn(rotation.timeZone, ctx.now());
}
