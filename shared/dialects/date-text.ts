import { CalendarDate } from '../domain/calendar-date';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a date in the forms ADRs use: 2021-03-05 (with or without a time), 2021/03/05,
 * 20210305, 05/03/2021 (day first, as adr-tools wrote before ISO dates, unless the day cannot be
 * a month), 5 March 2021, March 5, 2021. Returns null for anything else.
 */
export function parseDateText(raw: string): CalendarDate | null {
  const text = raw.trim().replace(/^\[|\]$/g, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\S*)?$/.exec(text);
  if (m) return calendarDate(m[1], m[2], m[3]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return calendarDate(m[1], m[2], m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    return second > 12 && first <= 12 ? calendarDate(m[3], m[1], m[2]) : calendarDate(m[3], m[2], m[1]);
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(text);
  if (m) return calendarDate(m[3], monthNumber(m[2] as string), m[1]);
  m = /^([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (m) return calendarDate(m[3], monthNumber(m[1] as string), m[2]);
  return null;
}

function monthNumber(name: string): string | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : String(index + 1);
}

function calendarDate(year: string | undefined, month: string | undefined, day: string | undefined): CalendarDate | null {
  if (!year || !month || !day) return null;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return CalendarDate.safeParse(value).success ? value : null;
}
