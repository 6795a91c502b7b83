import type { DialectId } from './adr-document';
import { baseName } from './adr-file-name';
import { markTextLines, parseHeadingLine } from './markdown-lines';
import { metaFieldForKey } from './metadata-fields';
import { parseMetadataLine } from './metadata-line';
import { matchGroup } from '../text/match-group';

const MADR_SECTIONS = /^(considered options|decision outcome|decision drivers|context and problem statement|pros and cons of the options)$/i;

/**
 * The dialect a file is written in, from its shape: front matter is MADR 3 (its `deciders` key or
 * "## Validation") or MADR 4; a dated file name or `- Status:` bullets Log4brains; `* Status:`
 * bullets MADR 2; a metadata table or bold keys (NATS and other hand-made forms) and a "## Status"
 * section adr-tools; other MADR sections MADR 4; anything else adr-tools.
 */
export function detectDialect(text: string, fileName: string): DialectId {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const textLines = markTextLines(lines);
  const headings = lines.flatMap((line, i) => {
    const h = textLines[i] ? parseHeadingLine(line) : null;
    return h ? [{ index: i, level: h.level, text: h.heading.text.trim() }] : [];
  });
  const sections = headings.filter((h) => h.level >= 2).map((h) => h.text);
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
    const keys = lines.slice(1, close < 0 ? 1 : close).map((line) => /^([A-Za-z_-]+)\s*:/.exec(line)?.[1]?.toLowerCase());
    return keys.includes('deciders') || sections.some((s) => /^validation$/i.test(s)) ? 'madr3' : 'madr4';
  }
  const title = headings[0]?.index ?? 0;
  const firstSection = headings.find((h) => h.index > title)?.index ?? lines.length;
  const statusBullet = lines.slice(title + 1, firstSection).map(statusBulletMarker).find((m) => m !== undefined);
  if (/^\d{8}-/.test(baseName(fileName)) || statusBullet === '-') return 'log4brains';
  if (statusBullet) return 'madr2';
  const header = lines.slice(title + 1, firstSection);
  if (header.some((line) => /^\s*\|/.test(line) || /^\s*\*\*[^*]+\*\*/.test(line))) return 'nygard';
  if (sections.some((s) => /^status$/i.test(s))) return 'nygard';
  return sections.some((s) => MADR_SECTIONS.test(s)) ? 'madr4' : 'nygard';
}

/** The bullet of a `* Status: …` or `- Estado: …` line, in any of the status key's spellings. */
function statusBulletMarker(line: string): string | undefined {
  if (!/^\s*(?:>\s*)*[*+-]\s/.test(line)) return undefined;
  const parsed = parseMetadataLine(line);
  if (!parsed || metaFieldForKey(parsed.entry.key) !== 'status') return undefined;
  const marker = /^\s*(?:>\s*)*([*+-])\s/.exec(line);
  return marker ? matchGroup(marker, 1) : undefined;
}
