import { z } from 'zod';
import type { CalendarDate } from '../domain/calendar-date';
import { occurrenceDates } from './occurrence-dates';
import type { ScheduledOccurrence, SchedulePlan } from './rotation-model';
import { zonedWallTimeToUtc } from './zoned-time';

/** A year of minutes: the longest fixed turn (a yearly role). */
export const MAX_TURN_MINUTES = 366 * 24 * 60;

/**
 * How long a turn lasts: until the next turn starts (a weekly role is a week, handed over at the
 * meeting time), or a fixed number of minutes from its start (a one-hour teaching session).
 */
export const TurnLength = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('untilNextTurn') }),
  z.object({
    kind: z.literal('fixed'),
    minutes: z
      .number({ error: 'Enter the length of a turn in minutes' })
      .int('Enter the length of a turn in whole minutes')
      .min(5, 'A turn lasts at least 5 minutes')
      .max(MAX_TURN_MINUTES, 'A turn lasts at most a year'),
  }),
]);
export type TurnLength = z.infer<typeof TurnLength>;

/**
 * The turn length of a rotation that has not chosen one: a role is held until the next holder takes
 * over; a teaching session lasts its duration.
 */
export function defaultTurnLength(rotation: { kind: 'teaching' | 'role'; durationMinutes: number }): TurnLength {
  return rotation.kind === 'role' ? { kind: 'untilNextTurn' } : { kind: 'fixed', minutes: rotation.durationMinutes };
}

export interface TurnSpan {
  startsAt: Date;
  endsAt: Date;
}

/**
 * When each occurrence starts and ends. A turn that lasts until the next one ends when the next
 * meeting that is not skipped starts (on a skipped date nobody takes over, so the holder keeps the
 * role). Each start is the wall time in the rotation's zone, so a turn across a daylight-saving change
 * is an hour shorter or longer, as the clock on the wall says.
 */
export function turnSpans(
  plan: Pick<SchedulePlan, 'cadence' | 'startDate' | 'overrides'>,
  timing: { time: string; timeZone: string; length: TurnLength },
  occurrences: readonly Pick<ScheduledOccurrence, 'date'>[],
): TurnSpan[] {
  const startOf = (date: CalendarDate) => zonedWallTimeToUtc(date, timing.time, timing.timeZone);
  const { length } = timing;
  if (length.kind === 'fixed') {
    return occurrences.map((o) => {
      const startsAt = startOf(o.date);
      return { startsAt, endsAt: new Date(startsAt.getTime() + length.minutes * 60_000) };
    });
  }
  const skipped = new Set(plan.overrides.flatMap((o) => (o.type === 'skip' ? [o.date] : [])));
  const wanted = [...occurrences.map((o) => o.date)].sort();
  const nextAfter = new Map<CalendarDate, CalendarDate>();
  const last = wanted.at(-1);
  if (last !== undefined) {
    // One pass over the meeting dates: each wanted date's turn ends at the next meeting held after it.
    const waiting: CalendarDate[] = [];
    let w = 0;
    for (const date of occurrenceDates(plan.cadence, plan.startDate)) {
      if (!skipped.has(date)) {
        for (const open of waiting.splice(0)) nextAfter.set(open, date);
      }
      while (w < wanted.length && wanted[w]! < date) w += 1;
      if (wanted[w] === date) {
        waiting.push(date);
        w += 1;
      }
      if (date > last && waiting.length === 0) break;
    }
  }
  return occurrences.map((o) => {
    const next = nextAfter.get(o.date);
    const startsAt = startOf(o.date);
    // Every cadence meets again, so `next` is only missing for a date the cadence does not meet on.
    return { startsAt, endsAt: next === undefined ? startsAt : startOf(next) };
  });
}
