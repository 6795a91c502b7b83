import { formatDecisionNumber } from '../domain/decision';
import type { DialectId } from './adr-document';

/** The title as adr-tools puts it in a file name: lower case, runs of anything but letters and digits a dash. */
export function titleSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 80).replace(/-+$/, '') || 'decision';
}

/**
 * A new record's file name, the way the dialect's own tools name it: `0007-title.md`, or `20240131-title.md`
 * for Log4brains, whose name gives the date; without a date it is `title.md`, so the name gives none.
 */
export function adrFileName(dialect: DialectId, number: number, title: string, date: string | null): string {
  if (dialect === 'log4brains') return date === null ? `${titleSlug(title)}.md` : `${date.replaceAll('-', '')}-${titleSlug(title)}.md`;
  return `${formatDecisionNumber(number)}-${titleSlug(title)}.md`;
}
