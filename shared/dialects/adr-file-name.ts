import type { CalendarDate } from '../domain/calendar-date';
import { parseDateText } from './date-text';

/** What a file name says about its record: `0007-title.md` and `ADR-7.md` a number, `20200925-slug.md` a date. */
export function readFileName(fileName: string): { number: number | null; date: CalendarDate | null } {
  const base = baseName(fileName);
  const dated = /^(\d{8})[-_]/.exec(base);
  if (dated) {
    const date = parseDateText(dated[1] as string);
    if (date) return { number: null, date };
  }
  const numbered = /^(\d{1,7})(?=[-_. ])/.exec(base) ?? /^adr[-_ ]?(\d{1,7})(?=\D|$)/i.exec(base);
  return { number: numbered ? Number(numbered[1]) : null, date: null };
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
