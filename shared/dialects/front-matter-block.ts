import type { AdrLink } from './adr-document';
import { readFrontMatter, renderYamlPair, replaceFrontMatterKey, type FrontMatterEntry } from './front-matter';
import { renderLinkTarget } from './link-text';
import { changedStatusCase, type FieldChange, type HeldField } from './metadata-block';
import { metaFieldForKey, readMetaValue, renderMetaText, type MetaField, type MetaValues } from './metadata-fields';
import type { StatusCase } from './status-text';

/** The fields a front matter holds (first key of each), and the keys Cairn keeps without reading them. */
export function readFrontMatterFields(block: readonly string[], fileName: string): { held: HeldField[]; entries: FrontMatterEntry[] } {
  const entries = readFrontMatter(block, fileName);
  const held: HeldField[] = [];
  entries.forEach((entry, index) => {
    const field = metaFieldForKey(entry.key);
    if (field && (field === 'links' || !held.some((h) => h.field === field))) {
      held.push({ field, value: readMetaValue(field, entry.key, entry.value), key: entry.key, line: index });
    }
  });
  return { held, entries };
}

/** The front matter with fields changed; every key Cairn does not change keeps its lines and comments. */
export function writeFrontMatterFields(block: readonly string[], changes: readonly FieldChange[], fileName: string, statusCase: StatusCase): string[] {
  let lines = [...block];
  for (const change of changes) {
    const { held, entries } = readFrontMatterFields(lines, fileName);
    const spot = held.find((h) => h.field === change.field && (change.line === undefined || h.line === change.line));
    const entry = spot ? entries[spot.line] : undefined;
    const caseStyle = changedStatusCase(change.field === 'status' ? (spot?.value as MetaValues['status'] | undefined) : undefined, statusCase);
    const pair = change.value === null ? null : renderYamlPair(entry?.key ?? change.key, yamlValue(change.field, change.value, entry, caseStyle), { quote: entry?.quote ?? null, sequence: entry?.sequence ?? null });
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
