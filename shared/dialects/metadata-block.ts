import type { DateOrder } from './date-text';
import { formatMetadataLine, parseMetadataLine, parseMetadataTable, replaceMetadataValue, tableStyle, type MetadataEntry, type MetadataStyle } from './metadata-line';
import { metaFieldForKey, readMetaValue, renderMetaText, type MetaField, type MetaValues } from './metadata-fields';
import { isBlank, isCommentOnly } from './markdown-lines';
import { statusCase, type StatusCase } from './status-text';

/** A field a block holds, with where it sits: a line index (metadata lines) or a key (front matter). */
export interface HeldField<F extends MetaField = MetaField> {
  field: F;
  value: MetaValues[F];
  key: string;
  line: number;
  /** The value as written, for what the field does not hold (a note after a date). */
  written: string;
}

/** A metadata entry Cairn keeps as written: a key it has no field for, or a second key for a field already given. */
export interface KeptEntry {
  key: string;
  line: number;
  /** The value as written. */
  value: string;
  /** For a second key of a field ("Deciders" after "Authors"): the key that gave the field. */
  sameFieldAs: string | null;
}

/** One metadata entry with the lines it spans: its own, then the indented lines that continue its value. */
interface SpannedEntry {
  index: number;
  entry: MetadataEntry;
  span: number;
}

/** The fields held by a paragraph of metadata lines, first occurrence of each, plus the entries Cairn keeps as written. */
export function readMetadataLines(lines: readonly string[], order: DateOrder = 'day-first'): { held: HeldField[]; kept: KeptEntry[] } {
  const held: HeldField[] = [];
  const kept: KeptEntry[] = [];
  for (const { index, entry } of metadataEntries(lines)) {
    const field = metaFieldForKey(entry.key);
    const first = field === null || field === 'links' ? undefined : held.find((h) => h.field === field);
    if (!field || first) kept.push({ key: entry.key, line: index, value: entry.value, sameFieldAs: first?.key ?? null });
    else held.push({ field, value: readMetaValue(field, entry.key, entry.value, order), key: entry.key, line: index, written: entry.value });
  }
  return { held, kept };
}

function metadataEntries(lines: readonly string[]): SpannedEntry[] {
  const table = parseMetadataTable(lines, (key) => metaFieldForKey(key) !== null);
  if (table) return table.map((row) => ({ ...row, span: 1 }));
  const entries: SpannedEntry[] = [];
  lines.forEach((line, index) => {
    const parsed = isBlank(line) ? null : parseMetadataLine(line);
    const last = entries[entries.length - 1];
    if (parsed) entries.push({ index, entry: parsed.entry, span: 1 });
    else if (last && last.index + last.span === index && isContinuation(line)) {
      // MADR 2 files wrapped at 80 columns continue a value on an indented line.
      const more = /^\s*(.*?)\s*(?:<!--.*-->)?\s*$/.exec(line)?.[1] ?? '';
      last.entry = { ...last.entry, value: `${last.entry.value} ${more}`.trim() };
      last.span++;
    }
  });
  return entries;
}

function isContinuation(line: string): boolean {
  return /^[ \t]+\S/.test(line) && !isCommentOnly(line) && !/^\s*([*+-]|\d+[.)])\s/.test(line);
}

/** A line a metadata paragraph may hold besides its entries: a comment (`<!-- vale off -->`) or an empty blockquote line. */
function isQuietLine(line: string): boolean {
  return isCommentOnly(line) || /^\s*>\s*$/.test(line);
}

/**
 * Whether a paragraph is metadata: a key/value table, or lines that are all `key: value` (with
 * indented continuation lines, comments and empty blockquote lines between them), one of them a key
 * Cairn knows.
 */
export function isMetadataParagraph(lines: readonly string[]): boolean {
  if (parseMetadataTable(lines, (key) => metaFieldForKey(key) !== null)) return true;
  let known = false;
  let entry = false;
  for (const line of lines) {
    const parsed = parseMetadataLine(line);
    if (parsed) {
      entry = true;
      known ||= metaFieldForKey(parsed.entry.key) !== null;
    } else if (!isQuietLine(line) && !(entry && isContinuation(line))) {
      return false;
    }
  }
  return known;
}

function metadataStyle(lines: readonly string[]): MetadataStyle | null {
  if (parseMetadataTable(lines, (key) => metaFieldForKey(key) !== null)) return tableStyle(lines);
  const first = lines.map(parseMetadataLine).find((p) => p !== null);
  return first?.style ?? null;
}

/** A change to one field of a block: the new value, or null to remove it. */
export interface FieldChange<F extends MetaField = MetaField> {
  field: F;
  value: MetaValues[F] | null;
  /** The key to write when the block does not hold the field yet. */
  key: string;
  /** Which holder to change when a block holds the field more than once (link lists): its line or entry index. */
  line?: number;
  /** The value exactly as it is to be written, instead of the field's own rendering (a value carried from another dialect). */
  text?: string;
}

/** How a changed status is spelled: like the status it replaces, else in the dialect's case. */
export function changedStatusCase(previous: MetaValues['status'] | undefined, fallback: StatusCase): StatusCase {
  return previous && previous.written.trim() !== '' ? statusCase(previous.written) : fallback;
}

/**
 * The paragraph with fields changed: a held field's value is replaced in its line (or the line
 * removed, with the lines that continue it), a new field is appended in the paragraph's own style.
 */
export function writeMetadataLines(
  lines: readonly string[],
  changes: readonly FieldChange[],
  fallback: { style: MetadataStyle; statusCase: StatusCase },
): string[] {
  const { held } = readMetadataLines(lines);
  const entries = new Map(metadataEntries(lines).map((spanned) => [spanned.index, spanned]));
  const style = metadataStyle(lines) ?? fallback.style;
  const out: (string | null)[] = [...lines];
  const added: string[] = [];
  for (const change of changes) {
    const spot = held.find((h) => h.field === change.field && (change.line === undefined || h.line === change.line));
    const spanned = spot ? entries.get(spot.line) : undefined;
    if (spot && spanned) {
      const caseStyle = changedStatusCase(change.field === 'status' ? (spot.value as MetaValues['status']) : undefined, fallback.statusCase);
      out[spot.line] = change.value === null && change.text === undefined ? null : replaceMetadataValue(spanned.entry, change.text ?? renderMetaText(change.field, change.value, caseStyle));
      for (let i = 1; i < spanned.span; i++) out[spot.line + i] = null;
    } else if (change.value !== null || change.text !== undefined) {
      const text = change.text ?? renderMetaText(change.field, change.value, fallback.statusCase);
      added.push(...plainGap(style, lines.length + added.length), formatMetadataLine(style, change.key, text));
    }
  }
  return [...out.filter((line): line is string => line !== null), ...added];
}

/** Lines kept as written, added to a paragraph in its style: `Key: value` entries carried from another dialect. */
export function appendMetadataEntries(lines: readonly string[], entries: readonly { key: string; value: string }[], fallback: MetadataStyle): string[] {
  const style = metadataStyle(lines) ?? fallback;
  const added = entries.map((entry) => formatMetadataLine(style, entry.key, entry.value));
  return [...lines, ...added];
}

/** adr-tools writes each plain `Key: value` line as a paragraph of its own. */
function plainGap(style: MetadataStyle, linesSoFar: number): string[] {
  return style.kind === 'plain' && linesSoFar > 0 ? [''] : [];
}
