import { formatMetadataLine, parseMetadataLine, parseMetadataTable, replaceMetadataValue, tableStyle, type MetadataEntry, type MetadataStyle } from './metadata-line';
import { metaFieldForKey, readMetaValue, renderMetaText, type MetaField, type MetaValues } from './metadata-fields';
import { isBlank } from './markdown-lines';
import { statusCase, type StatusCase } from './status-text';

/** A field a block holds, with where it sits: a line index (metadata lines) or a key (front matter). */
export interface HeldField<F extends MetaField = MetaField> {
  field: F;
  value: MetaValues[F];
  key: string;
  line: number;
}

/** The fields held by a paragraph of metadata lines, first occurrence of each, plus the keys Cairn does not know. */
export function readMetadataLines(lines: readonly string[]): { held: HeldField[]; unknown: { key: string; line: number }[] } {
  const held: HeldField[] = [];
  const unknown: { key: string; line: number }[] = [];
  for (const { index, entry } of metadataEntries(lines)) {
    const field = metaFieldForKey(entry.key);
    if (!field) unknown.push({ key: entry.key, line: index });
    else if (field !== 'links' ? !held.some((h) => h.field === field) : true) held.push({ field, value: readMetaValue(field, entry.key, entry.value), key: entry.key, line: index });
  }
  return { held, unknown };
}

function metadataEntries(lines: readonly string[]): { index: number; entry: MetadataEntry }[] {
  const table = parseMetadataTable(lines, (key) => metaFieldForKey(key) !== null);
  if (table) return table;
  return lines.flatMap((line, index) => {
    const parsed = isBlank(line) ? null : parseMetadataLine(line);
    return parsed ? [{ index, entry: parsed.entry }] : [];
  });
}

/** Whether a paragraph is metadata: a key/value table, or lines that are all `key: value`. */
export function isMetadataParagraph(lines: readonly string[]): boolean {
  if (parseMetadataTable(lines, (key) => metaFieldForKey(key) !== null)) return true;
  const parsed = lines.map(parseMetadataLine);
  return parsed.every((p) => p !== null) && parsed.some((p) => p !== null && metaFieldForKey(p.entry.key) !== null);
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
}

/** How a changed status is spelled: like the status it replaces, else in the dialect's case. */
export function changedStatusCase(previous: MetaValues['status'] | undefined, fallback: StatusCase): StatusCase {
  return previous && previous.written.trim() !== '' ? statusCase(previous.written) : fallback;
}

/**
 * The paragraph with fields changed: a held field's value is replaced in its line (or the line
 * removed), a new field is appended in the paragraph's own style.
 */
export function writeMetadataLines(
  lines: readonly string[],
  changes: readonly FieldChange[],
  fallback: { style: MetadataStyle; statusCase: StatusCase },
): string[] {
  const { held } = readMetadataLines(lines);
  const entries = new Map(metadataEntries(lines).map(({ index, entry }) => [index, entry]));
  const style = metadataStyle(lines) ?? fallback.style;
  const out: (string | null)[] = [...lines];
  const added: string[] = [];
  for (const change of changes) {
    const spot = held.find((h) => h.field === change.field && (change.line === undefined || h.line === change.line));
    const entry = spot ? entries.get(spot.line) : undefined;
    if (spot && entry) {
      const caseStyle = changedStatusCase(change.field === 'status' ? (spot.value as MetaValues['status']) : undefined, fallback.statusCase);
      out[spot.line] = change.value === null ? null : replaceMetadataValue(entry, renderMetaText(change.field, change.value, caseStyle));
    } else if (change.value !== null) {
      const text = renderMetaText(change.field, change.value, fallback.statusCase);
      added.push(...(style.kind === 'plain' && lines.length + added.length > 0 ? [''] : []), formatMetadataLine(style, change.key, text));
    }
  }
  return [...out.filter((line): line is string => line !== null), ...added];
}
