import { AppError } from '../../../shared/api/api-result';
import type { Rotation } from '../../../shared/api/rotation-operations';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { computeSchedule } from '../../../shared/rotations/fair-schedule';
import type { ScheduledOccurrence } from '../../../shared/rotations/rotation-model';
import { planOf } from '../../../shared/rotations/rotation-plan';

/** The occurrence on `date`, which must be a meeting with a holder (not skipped or empty). */
export function requireScheduledOccurrence(
  rotation: Rotation,
  date: CalendarDate,
  field: string,
): Extract<ScheduledOccurrence, { status: 'scheduled' }> {
  const [occurrence] = computeSchedule(planOf(rotation), { from: date, count: 1 }).occurrences;
  if (occurrence?.date !== date) throw new AppError('invalid_input', `${rotation.name} does not meet on ${date}`, field);
  if (occurrence.status !== 'scheduled') {
    throw new AppError('invalid_input', `${rotation.name} has no session on ${date} (${occurrence.reason})`, field);
  }
  return occurrence;
}
