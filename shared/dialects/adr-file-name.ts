import type { CalendarDate } from '../domain/calendar-date';
import { parseDateText } from './date-text';
import { matchGroup } from '../text/match-group';

/** What a name says about its record: `0007-title`, `ADR-7`, `adr007-x` a number (0 is one); `20200925-slug`, `2020-09-25-slug` a date. */
function readName(name: string): { number: number | null; date: CalendarDate | null } {
  const dated = /^(\d{8}|\d{4}-\d{2}-\d{2})[-_]/.exec(name);
  if (dated) {
    const date = parseDateText(matchGroup(dated, 1));
    if (date) return { number: null, date };
  }
  const numbered = /^(\d{1,7})(?=[-_. ]|$)/.exec(name) ?? /^adr[-_ ]?(\d{1,7})(?=\D|$)/i.exec(name);
  return { number: numbered ? Number(numbered[1]) : null, date: null };
}

/**
 * What a file's name says about its record: `0007-title.md` and `ADR-7.md` a number,
 * `20200925-slug.md` a date; for a record kept as a folder (`2022-11-09-api-refactoring/README.md`,
 * `0007-use-x/README.md`) the folder's name says it.
 */
export function readFileName(fileName: string): { number: number | null; date: CalendarDate | null; from: 'file-name' | 'folder-name' } {
  const folder = recordFolderName(fileName);
  if (folder) return { ...readName(folder), from: 'folder-name' };
  return { ...readName(baseName(fileName)), from: 'file-name' };
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * The folder name of a record kept as a folder of its own (`2022-11-09-api-refactoring/README.md`,
 * as Eclipse EDC keeps them, or `0007-use-x/README.md`): the folder, not the file, names the record.
 * Null for any other file.
 */
export function recordFolderName(path: string): string | null {
  if (!/(^|[\\/])(readme|index)\.md$/i.test(path)) return null;
  const parts = path.split(/[\\/]/);
  if (parts.length < 2 || !/^(readme|index)\.md$/i.test(parts[parts.length - 1] as string)) return null;
  const folder = parts[parts.length - 2] as string;
  return /^(\d{4}-\d{2}-\d{2}|\d{1,7})[-_]\S/.test(folder) ? folder : null;
}

/** The words a name's slug spells, without its date or number: `2022-11-09-api-refactoring` → "Api refactoring". */
export function titleFromSlug(name: string): string {
  const words = name
    .replace(/^(\d{4}-\d{2}-\d{2}|\d{1,7})[-_]/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
