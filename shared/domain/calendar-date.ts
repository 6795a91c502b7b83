import { z } from 'zod';

/** A calendar date without a time zone, as ADRs write it: YYYY-MM-DD. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date of the form YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');
export type CalendarDate = z.infer<typeof CalendarDate>;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** How an unknown date is shown. */
export const NO_DATE = 'No date';

/** The local calendar date of an instant, so "today" matches the user's wall clock. */
export function toCalendarDate(instant: Date): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** Adds whole days to a calendar date. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return next.toISOString().slice(0, 10);
}
