import type { AdrLink } from './adr-document';
import { readFrontMatter, renderYamlPair, replaceFrontMatterKey, type FrontMatterEntry } from './front-matter';
import { renderLinkTarget } from './link-text';
import type { DateOrder } from './date-text';
import { changedStatusCase, type FieldChange, type HeldField, type KeptEntry } from './metadata-block';
import { metaFieldForKey, readMetaValue, renderMetaText, scalarText, type MetaField, type MetaValues } from './metadata-fields';
import type { StatusCase } from './status-text';

/**
 * The fields a front matter holds (first key of each), and the keys Cairn keeps without reading them
 * (Jekyll's `parent`, `nav_order`; `line` is the entry's index).
 */
export function readFrontMatterFields(
  block: readonly string[],
  fileName: string,
  order: DateOrder = 'day-first',
): { held: HeldField[]; kept: KeptEntry[]; entries: FrontMatterEntry[] } {
  const entries = readFrontMatter(block, fileName);
  const held: HeldField[] = [];
  const kept: KeptEntry[] = [];
  entries.forEach((entry, index) => {
    const field = metaFieldForKey(entry.key);
    const first = field === null || field === 'links' ? undefined : held.find((h) => h.field === field);
    if (field && !first) {
      held.push({ field, value: readMetaValue(field, entry.key, entry.value, order), key: entry.key, line: index, written: writtenValue(block, entry) });
    } else {
      kept.push({ key: entry.key, line: index, value: yamlText(entry.value), sameFieldAs: first?.key ?? null });
    }
  });
  return { held, kept, entries };
}

/** A value as written: a scalar's text, else (`date: {YYYY-MM-DD …}` is a YAML map) its source after the key. */
function writtenValue(block: readonly string[], entry: FrontMatterEntry): string {
  const text = scalarText(entry.value);
  if (text !== '' || entry.value === null || entry.value === undefined || entry.value === '') return text;
  const source = block.slice(entry.firstLine, entry.lastLine + 1).join('\n');
  return source.slice(source.indexOf(':') + 1).trim();
}

/** A kept key's value as one line of text: a scalar as written, a list as `[a, b]`. */
function yamlText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => scalarText(item)).join(', ')}]`;
  return scalarText(value);
}

/** The front matter with fields changed; every key Cairn does not change keeps its lines and comments. */
export function writeFrontMatterFields(block: readonly string[], changes: readonly FieldChange[], fileName: string, statusCase: StatusCase): string[] {
  let lines = [...block];
  for (const change of changes) {
    const { held, entries } = readFrontMatterFields(lines, fileName);
    const spot = held.find((h) => h.field === change.field && (change.line === undefined || h.line === change.line));
    const entry = spot ? entries[spot.line] : undefined;
    const caseStyle = changedStatusCase(change.field === 'status' ? (spot?.value as MetaValues['status'] | undefined) : undefined, statusCase);
    const text = change.text ?? yamlValue(change.field, change.value, entry, caseStyle);
    const pair = change.value === null && change.text === undefined ? null : renderYamlPair(entry?.key ?? change.key, text, { quote: entry?.quote ?? null, sequence: entry?.sequence ?? null });
    lines = replaceFrontMatterKey(lines, entry, pair);
  }
  return lines;
}

/**
 * Lists stay lists and strings stay strings; new people lists are written as MADR writes them
 * ("A, B") unless a name holds a comma, new tags as `[a, b]`.
 */
function yamlValue<F extends MetaField>(field: F, value: MetaValues[F], entry: FrontMatterEntry | undefined, caseStyle: StatusCase): string | string[] {
  const commaInName = Array.isArray(value) && (value as unknown[]).some((item) => typeof item === 'string' && item.includes(','));
  const asList = commaInName || (entry ? entry.sequence !== null : field === 'tags');
  if (field === 'links') {
    const targets = (value as AdrLink[]).map(renderLinkTarget);
    return asList ? targets : targets.join(', ');
  }
  if (Array.isArray(value) && asList) return value as string[];
  return renderMetaText(field, value, caseStyle);
}

/** A metadata entry carried from another file: its key and value, and its YAML lines when it comes from a front matter. */
export interface CarriedEntry {
  key: string;
  value: string;
  yaml: string[] | null;
}

/** The front matter with entries carried from another dialect added before its closing line, YAML as it was written where there is some. */
export function appendFrontMatterEntries(block: readonly string[], entries: readonly CarriedEntry[]): string[] {
  const pairs = entries.flatMap((entry) => entry.yaml ?? renderYamlPair(entry.key, entry.value, { quote: null, sequence: null }));
  return replaceFrontMatterKey(block, undefined, pairs.length > 0 ? pairs : null);
}
