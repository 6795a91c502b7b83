import { z } from 'zod';
import type { CalendarDate } from '../domain/calendar-date';

/** A wall-clock time of day, HH:MM in 24 hours. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the time as HH:MM on a 24-hour clock, like 09:30');

/** An IANA time zone name the runtime knows, e.g. "Europe/Berlin". */
export const TimeZoneName = z
  .string()
  .trim()
  .min(1, 'Enter a time zone, like Europe/Berlin')
  .refine(isKnownTimeZone, 'Enter a time zone this computer knows, like Europe/Berlin');

export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone of the computer this code runs on (the page's, in the renderer; the core's host, in the core). */
export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
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

/** The wall-clock time (HH:MM, 24 hours) in `timeZone` at an instant. */
export function wallClockIn(timeZone: string, instant: Date): string {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return `${String(parts.hour).padStart(2, '0')}:${String(parts.minute).padStart(2, '0')}`;
}

/** A meeting time as it reads in one zone. */
export interface ZonedReading {
  date: CalendarDate;
  time: string;
  timeZone: string;
}

/** A meeting time in the rotation's own zone and, when the viewer's clock says something else, in theirs. */
export interface TimeInZones {
  rotation: ZonedReading;
  /** Null when the viewer's wall clock shows the same date and time (their zone, or one in step with it). */
  viewer: ZonedReading | null;
}

/**
 * A rotation's meeting on `date` at `time` in `rotationZone`, read also in the viewer's zone, so a
 * team spread over zones sees "15:00 Europe/Berlin · 09:00 your time". Each date gets its own offsets,
 * so the viewer's time is right on both sides of a daylight-saving change.
 */
export function timeInZones(date: CalendarDate, time: string, rotationZone: string, viewerZone: string): TimeInZones {
  return instantInZones(zonedWallTimeToUtc(date, time, rotationZone), rotationZone, viewerZone);
}

/** The start of a turn (an instant, as the schedule gives it) read in the rotation's zone and the viewer's. */
export function instantInZones(instant: Date, rotationZone: string, viewerZone: string): TimeInZones {
  const rotation = { date: calendarDateIn(rotationZone, instant), time: wallClockIn(rotationZone, instant), timeZone: rotationZone };
  const viewer = { date: calendarDateIn(viewerZone, instant), time: wallClockIn(viewerZone, instant), timeZone: viewerZone };
  return { rotation, viewer: viewer.date === rotation.date && viewer.time === rotation.time ? null : viewer };
}

/**
 * The time in words: "15:00 Europe/Berlin", or with the viewer's reading beside it, "15:00
 * Europe/Berlin · 09:00 your time (America/New_York)". When the viewer's clock is on another day,
 * that day is named ("16:00 on Sun, 31 May your time"), since a turn that crosses midnight is easy
 * to miss otherwise; `dayText` writes it as the page writes dates.
 */
export function timeInZonesText(zoned: TimeInZones, dayText: (date: CalendarDate) => string = (date) => date): string {
  const own = `${zoned.rotation.time} ${zoned.rotation.timeZone}`;
  const { viewer } = zoned;
  if (!viewer) return own;
  const day = viewer.date === zoned.rotation.date ? '' : ` on ${dayText(viewer.date)}`;
  return `${own} · ${viewer.time}${day} your time (${viewer.timeZone})`;
}

/** "2026-11-29 05:20 Europe/Berlin": a moment as a local reader of that zone writes it, the zone named. */
export function localMinuteText(instant: Date, timeZone: string): string {
  return `${calendarDateIn(timeZone, instant)} ${wallClockIn(timeZone, instant)} ${timeZone}`;
}
