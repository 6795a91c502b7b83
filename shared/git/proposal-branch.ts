import { formatDecisionNumber } from '../domain/decision';

/**
 * The branch a decision is proposed on: `adr/` and its file's name without `.md` when that starts
 * with its number (`adr/0042-use-postgresql`), else its number and the title, made safe for a ref
 * name (lower case letters, digits, dots and dashes; none of git's forbidden sequences).
 */
export function proposalBranch(number: number, fileName: string, title: string): string {
  const padded = formatDecisionNumber(number);
  const stem = fileName.replace(/\.md$/i, '');
  const named = stem.startsWith(padded) ? stem : `${padded}-${title}`;
  const slug = named
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/\.lock$/, '-lock')
    .slice(0, 80)
    .replace(/[-.]+$/, '');
  return `adr/${slug || padded}`;
}
