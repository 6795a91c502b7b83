import { addDays, type CalendarDate } from '../domain/calendar-date';

function utcDay(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole days from `from` to `to`; negative when `to` comes first. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return utcDay(to) - utcDay(from);
}

/** The Monday of the ISO week that holds the date. */
export function weekStart(date: CalendarDate): CalendarDate {
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday = 0.
  const weekday = (((utcDay(date) + 3) % 7) + 7) % 7;
  return addDays(date, -weekday);
}
