import { z } from 'zod';
import type { CalendarDate } from '../domain/calendar-date';

/** A wall-clock time of day, HH:MM in 24 hours. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use a time of the form HH:MM (24 hours)');

/** An IANA time zone name the runtime knows, e.g. "Europe/Berlin". */
export const TimeZoneName = z
  .string()
  .trim()
  .min(1, 'time zone must not be empty')
  .refine(isKnownTimeZone, 'is not a time zone this computer knows (use a name like Europe/Berlin)');

export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffsetMs(timeZone: string, instantMs: number): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instantMs)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`. Each date gets its own
 * offset, so a meeting at 15:00 stays at 15:00 local across a daylight-saving change. A time that
 * does not exist (skipped by a spring-forward) moves forward by the gap, as calendars do.
 */
export function zonedWallTimeToUtc(date: CalendarDate, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  const firstGuess = wall - zoneOffsetMs(timeZone, wall);
  // The second step corrects a first guess that landed on the other side of a clock change. In a
  // spring-forward gap it yields the old offset, which puts the meeting after the gap.
  return new Date(wall - zoneOffsetMs(timeZone, firstGuess));
}

/** The calendar date the wall clock in `timeZone` shows at an instant. */
export function calendarDateIn(timeZone: string, instant: Date): CalendarDate {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}
