import { formatDecisionNumber } from '../domain/decision';

/** The URL schemes a link in a decision may use; anything else (javascript:, data:, vbscript: …) is dropped. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
/** What browsers ignore inside and around a URL's scheme, which attacks use to hide one ("java\tscript:"). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this matches
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/**
 * A relative link to another record's Markdown file, as adr-tools, MADR and hand-written records
 * write them (`0034-use-kafka.md`, `../adr/0034-use-kafka.md#links`, `ADR-0034.md`); up to six
 * digits, so Log4brains' dated names (`20200925-slug.md`) are not taken for numbers.
 */
const RECORD_FILE = /^(?:\.\/)?(?:[^/?#]*\/)*(?:adr[-_]?)?(\d{1,6})(?:[-_][^/?#]*)?\.md(#[^?]*)?$/i;

export interface LinkTarget {
  href: string;
  /** Leads off the site (an absolute http(s) or mailto link): opened without telling it where from. */
  external: boolean;
}

/**
 * Where a link in a decision may lead, or null when it must not be a link at all. Relative links
 * to a record's Markdown file lead to that decision's page instead, which sits beside the page the
 * text is on (decision pages are all in one folder).
 */
export function linkTarget(href: string): LinkTarget | null {
  const compact = href.replace(IGNORED_BY_BROWSERS, '');
  const scheme = SCHEME.exec(compact)?.[1];
  if (scheme !== undefined) return ALLOWED_SCHEMES.has(scheme.toLowerCase()) ? { href: href.trim(), external: true } : null;
  if (compact.startsWith('//')) return { href: href.trim(), external: true };
  const record = RECORD_FILE.exec(compact);
  if (record) return { href: `${formatDecisionNumber(Number(record[1]))}.html${record[2] ?? ''}`, external: false };
  return { href: href.trim(), external: false };
}
