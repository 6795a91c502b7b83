import { addDays, type CalendarDate } from '../domain/calendar-date';
import type { Cadence, Weekday } from './rotation-model';

/** The ISO weekday (1 Monday … 7 Sunday) of a calendar date. */
export function weekdayOf(date: CalendarDate): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / 86_400_000);
}

function toUtcMs(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/**
 * The meeting dates of a cadence from `startDate` on, in order, without end: the caller stops when it
 * has enough. Weekly cadences count their "every N weeks" from the first meeting on or after the start.
 */
export function* occurrenceDates(cadence: Cadence, startDate: CalendarDate): Generator<CalendarDate> {
  if (cadence.kind === 'weekly') {
    let date = addDays(startDate, (cadence.weekday - weekdayOf(startDate) + 7) % 7);
    for (;;) {
      yield date;
      date = addDays(date, 7 * cadence.everyWeeks);
    }
  }
  let [year, month] = startDate.split('-').map(Number) as [number, number];
  for (;;) {
    const date = nthWeekdayOfMonth(year, month, cadence.weekday, cadence.nth);
    if (date >= startDate) yield date;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * The nth weekday of a month; -1 is the last. A 5th weekday is not offered because most months lack
 * one, which would make a monthly meeting silently vanish.
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, nth: 1 | 2 | 3 | 4 | -1): CalendarDate {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  if (nth > 0) {
    const firstMatch = addDays(first, (weekday - weekdayOf(first) + 7) % 7);
    return addDays(firstMatch, 7 * (nth - 1));
  }
  const nextMonthFirst = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const last = addDays(nextMonthFirst, -1);
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}
