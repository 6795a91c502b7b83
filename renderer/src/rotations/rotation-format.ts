import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { instantInZones, runtimeTimeZone, timeInZonesText } from '../../../shared/rotations/zoned-time';

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A calendar date as people read it: "Fri, 9 Jan 2026". */
export function formatDate(date: CalendarDate): string {
  return dateFormat.format(new Date(`${date}T00:00:00Z`));
}

/** A nearby date, without its year: "Fri, 9 Jan". */
export function formatDay(date: CalendarDate): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}

/**
 * The time zone this computer is in: the default for a new rotation, the viewer's zone for turn
 * times, and the zone the core reads minutes and the timeline in for this viewer.
 */
export function localTimeZone(): string {
  return runtimeTimeZone();
}

/**
 * How every page writes the time a rotation's turn starts: "15:00 Europe/Berlin", and beside it
 * "· 09:00 your time (America/New_York)" when the viewer's clock says otherwise, with the viewer's
 * day when the turn falls on another one there. `startsAt` is the turn's start as the API gives it.
 */
export function turnTimeText(startsAt: string, rotationZone: string, viewerZone: string = localTimeZone()): string {
  return timeInZonesText(instantInZones(new Date(startsAt), rotationZone, viewerZone), formatDay);
}
