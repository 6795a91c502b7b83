import type { AdrDocument, AdrLayout, AdrLink, LayoutBlock, WritableDocument } from './adr-document';
import type { DateOrder } from './date-text';
import { readFrontMatterFields, type CarriedEntry } from './front-matter-block';
import { readLinksSection, readStatusSection } from './link-sections';
import { readMetadataLines, type HeldField, type KeptEntry } from './metadata-block';
import type { MetaField, MetaValues } from './metadata-fields';
import { readStatusText } from './status-text';

/** Where a link was written: a status line, a metadata value listing links, or link lines in a section. */
export interface LinkPlace {
  /** The layout block it is in. */
  index: number;
  /** 'title': the successor a status in brackets before the title names (`[Superseded by [ADR-0017](…)] Title`). */
  kind: 'status-line' | 'field' | 'lines' | 'title';
  /** The metadata line or front-matter entry of a 'status-line' or 'field' place. */
  line: number;
  key: string;
  links: AdrLink[];
}

/** The values a layout holds as written: each metadata field where it is first found, and every place a link is written. */
export interface WrittenValues {
  fields: Map<MetaField, { index: number; value: MetaValues[MetaField]; written: string }>;
  places: LinkPlace[];
  /** Metadata entries kept as written (keys Cairn has no field for, second keys of a field), in file order. */
  kept: CarriedEntry[];
}

/** Reads the layout's blocks the way the reader did, so the writer knows what each block holds now. */
export function readWrittenValues(blocks: readonly LayoutBlock[], order: DateOrder = 'day-first'): WrittenValues {
  const written: WrittenValues = { fields: new Map(), places: [], kept: [] };
  blocks.forEach((block, index) => {
    if (block.kind === 'front-matter') {
      // The entries the fields were read from: parsing the YAML again was a third of a MADR import's writing.
      const { held, kept, entries } = readFrontMatterFields(block.lines, '(front matter)', order);
      holdFields(written, index, held);
      written.kept.push(...kept.map((k) => carried(k, block.lines.slice((entries[k.line]?.firstLine ?? 0), (entries[k.line]?.lastLine ?? 0) + 1))));
    } else if (block.kind === 'metadata' || block.kind === 'metadata-section') {
      const { held, kept } = readMetadataLines(block.lines, order);
      holdFields(written, index, held);
      written.kept.push(...kept.map((k) => carried(k, null)));
    } else if (block.kind === 'status') {
      const section = readStatusSection(block.lines);
      if (section.status && !written.fields.has('status')) {
        written.fields.set('status', { index, value: section.status, written: section.status.written });
        if (section.status.link) written.places.push({ index, kind: 'status-line', line: -1, key: '', links: [section.status.link] });
      }
      written.places.push({ index, kind: 'lines', line: -1, key: '', links: section.links.filter((l) => l !== section.status?.link) });
    } else if (block.kind === 'title' && block.prefix) {
      const link = readStatusText(block.prefix.trim().slice(1, -1)).link;
      if (link) written.places.push({ index, kind: 'title', line: -1, key: '', links: [link] });
    } else if (block.kind === 'links') {
      written.places.push({ index, kind: 'lines', line: -1, key: '', links: readLinksSection(block.lines).links });
    }
  });
  return written;
}

function carried(entry: KeptEntry, yaml: string[] | null): CarriedEntry {
  return { key: entry.key, value: entry.value, yaml };
}

function holdFields(written: WrittenValues, index: number, held: readonly HeldField[]): void {
  for (const h of held) {
    if (h.field === 'links') {
      written.places.push({ index, kind: 'field', line: h.line, key: h.key, links: h.value as AdrLink[] });
    } else if (!written.fields.has(h.field)) {
      written.fields.set(h.field, { index, value: h.value, written: h.written });
      const link = h.field === 'status' ? (h.value as MetaValues['status']).link : null;
      if (link) written.places.push({ index, kind: 'status-line', line: h.line, key: h.key, links: [link] });
    }
  }
}

/** How a layout's dates were read. */
export function layoutDateOrder(layout: AdrLayout): DateOrder {
  return layout.dateOrder ?? 'day-first';
}

/** The status exactly as the file spells it ("Accepted", "on hold", "✅ DONE"); null when the file has none. */
export function writtenStatus(doc: AdrDocument | WritableDocument): string | null {
  if (!doc.layout) return null;
  const status = readWrittenValues(doc.layout.blocks, layoutDateOrder(doc.layout)).fields.get('status')?.value as MetaValues['status'] | undefined;
  return status ? status.written.trim() : null;
}

/**
 * The date exactly as the file writes it ("03/05/2021", "2024-05-22 (back dated)"); null when the
 * file has none. A folder's dates, given to `dateOrderOf`, say whether its day or month comes first.
 */
export function writtenDate(doc: AdrDocument | WritableDocument): string | null {
  if (!doc.layout) return null;
  const date = readWrittenValues(doc.layout.blocks, layoutDateOrder(doc.layout)).fields.get('date');
  return date ? date.written.trim() : null;
}
