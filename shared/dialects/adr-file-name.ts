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

/**
 * The folder name of a record kept as a folder of its own (`2022-11-09-api-refactoring/README.md`,
 * as Eclipse EDC keeps them): the folder, not the file, names the record. Null for any other file.
 */
export function recordFolderName(path: string): string | null {
  const parts = path.split(/[\\/]/);
  if (parts.length < 2 || !/^(readme|index)\.md$/i.test(parts[parts.length - 1] as string)) return null;
  const folder = parts[parts.length - 2] as string;
  return /^\d{4}-\d{2}-\d{2}[-_]\S/.test(folder) ? folder : null;
}

/** The words a name's slug spells, without its date: `2022-11-09-api-refactoring` → "Api refactoring". */
export function titleFromSlug(name: string): string {
  const words = name.replace(/^\d{4}-\d{2}-\d{2}[-_]/, '').replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
