import type { CalendarDate } from '../../../shared/domain/calendar-date';

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A calendar date as people read it: "Fri, 9 Jan 2026". */
export function formatDate(date: CalendarDate): string {
  return dateFormat.format(new Date(`${date}T00:00:00Z`));
}

/** The time zone this computer is in, the default for a new rotation. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
