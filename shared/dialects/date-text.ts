import { CalendarDate } from '../domain/calendar-date';
import { matchGroup } from '../text/match-group';

/** Which comes first in a date such as 03/05/2021: the day (most of the world, adr-tools' old dates) or the month (US). */
export type DateOrder = 'day-first' | 'month-first';

/** A date as a file writes it, read into the date and the words after it. */
export interface DateText {
  date: CalendarDate | null;
  /** What follows the date, as written (", updated 2023-02-05", " (back dated)"); '' when nothing. */
  note: string;
  /**
   * How sure the reading is: `exact`; `ambiguous` (03/05/2021, read in the given order); `swapped`
   * (2023-13-10 has no 13th month, so it is read as year, day, month); null when there is no date.
   */
  reading: 'exact' | 'ambiguous' | 'swapped' | null;
  /** A template's placeholder ("{YYYY-MM-DD when the decision was last updated}"): not filled in. */
  unfilled: boolean;
}

/** Month names in English, German, French, Spanish and Portuguese, without accents. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'januar', 'janvier', 'enero', 'janeiro', 'jaenner', 'janner'],
  ['february', 'februar', 'fevrier', 'febrero', 'fevereiro'],
  ['march', 'maerz', 'marz', 'mars', 'marzo', 'marco'],
  ['april', 'avril', 'abril'],
  ['may', 'mai', 'mayo', 'maio'],
  ['june', 'juni', 'juin', 'junio', 'junho'],
  ['july', 'juli', 'juillet', 'julio', 'julho'],
  ['august', 'aout', 'agosto'],
  ['september', 'septembre', 'septiembre', 'setembro'],
  ['october', 'oktober', 'octobre', 'octubre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dezember', 'decembre', 'diciembre', 'dezembro'],
];

const MONTH = '([\\p{L}]{3,10})\\.?';
const LEADING_DATES: readonly { pattern: RegExp; read: (m: RegExpExecArray, order: DateOrder) => Reading | null }[] = [
  { pattern: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T[\d:.]+(?:Z|[+-][\d:]+)?| \d{1,2}:\d{2}(?::\d{2})?)?/, read: (m) => isoDate(m[1], m[2], m[3]) },
  { pattern: /^(\d{4})(\d{2})(\d{2})(?!\d)/, read: (m) => exact(m[1], m[2], m[3]) },
  { pattern: /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d/.-])/, read: (m, order) => numericDate(m[1], m[2], m[3], order) },
  {
    pattern: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?(\\d{4})`, 'iu'),
    read: (m) => exact(m[3], monthNumber(matchGroup(m, 2)), m[1]),
  },
  { pattern: new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'iu'), read: (m) => exact(m[3], monthNumber(matchGroup(m, 1)), m[2]) },
];

type Reading = { date: CalendarDate; reading: 'exact' | 'ambiguous' | 'swapped' };

/**
 * Reads a date at the start of a metadata value, with what follows it as a note: 2021-03-05 (with
 * or without a time), 2021/03/05, 20210305, 05/03/2021 and 05/03/21 (in `order` when both parts
 * could be the month), 5 March 2021, March 5, 2021, "5. März 2021", "5 de marzo de 2021".
 */
export function readDateText(raw: string, order: DateOrder = 'day-first'): DateText {
  const text = raw.trim().replace(/^\[(.*)\]$/, '$1').replace(/^\*\*(.*)\*\*$/, '$1');
  for (const { pattern, read } of LEADING_DATES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const note = text.slice(m[0].length);
    if (/^[\p{L}\p{N}]/u.test(note)) continue;
    const reading = read(m, order);
    if (reading) return { date: reading.date, reading: reading.reading, note: note.trim() === '' ? '' : note, unfilled: false };
  }
  return { date: null, note: '', reading: null, unfilled: /yyyy|^\s*[{[<].*[}\]>]\s*$/i.test(raw) };
}

/** Reads text that is a date and nothing else (a file name's date, a review date); null for anything else. */
export function parseDateText(raw: string): CalendarDate | null {
  const read = readDateText(raw);
  return read.note === '' ? read.date : null;
}

/**
 * The order a folder writes its day-and-month dates in, from the dates that say it (a first part over
 * 12 is a day, a second part over 12 a day too); null when no date says it or they disagree.
 */
export function dateOrderOf(dateTexts: readonly string[]): DateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const text of dateTexts) {
    const m = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)/.exec(text);
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) dayFirst++;
    if (b > 12 && a <= 12) monthFirst++;
  }
  if (dayFirst > 0 && monthFirst === 0) return 'day-first';
  if (monthFirst > 0 && dayFirst === 0) return 'month-first';
  return null;
}

function isoDate(year: string | undefined, month: string | undefined, day: string | undefined): Reading | null {
  const straight = exact(year, month, day);
  if (straight) return straight;
  // 2023-13-10: a month of 13 cannot be, a day of 10 can, so the file wrote year, day, month.
  const swapped = Number(month) > 12 && Number(day) <= 12 ? exact(year, day, month) : null;
  return swapped ? { ...swapped, reading: 'swapped' } : null;
}

function numericDate(first: string | undefined, second: string | undefined, year: string | undefined, order: DateOrder): Reading | null {
  const fullYear = year?.length === 2 ? `20${year}` : year;
  const [a, b] = [Number(first), Number(second)];
  if (a > 12 && b <= 12) return exact(fullYear, second, first);
  if (b > 12 && a <= 12) return exact(fullYear, first, second);
  const read = order === 'day-first' ? exact(fullYear, second, first) : exact(fullYear, first, second);
  return read && a !== b ? { ...read, reading: 'ambiguous' } : read;
}

function monthNumber(name: string): string | undefined {
  const word = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  const matches = MONTH_NAMES.flatMap((names, i) => (names.some((full) => full === word || (word.length >= 3 && full.startsWith(word))) ? [i] : []));
  return matches.length === 1 ? String((matches[0] as number) + 1) : undefined;
}

function exact(year: string | undefined, month: string | undefined, day: string | undefined): Reading | null {
  if (!year || !month || !day) return null;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return CalendarDate.safeParse(value).success ? { date: value, reading: 'exact' } : null;
}
