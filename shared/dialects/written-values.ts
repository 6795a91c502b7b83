import type { AdrDocument, AdrLink, LayoutBlock } from './adr-document';
import { readFrontMatterFields } from './front-matter-block';
import { readLinksSection, readStatusSection } from './link-sections';
import { readMetadataLines, type HeldField } from './metadata-block';
import type { MetaField, MetaValues } from './metadata-fields';

/** Where a link was written: a status line, a metadata value listing links, or link lines in a section. */
export interface LinkPlace {
  /** The layout block it is in. */
  index: number;
  kind: 'status-line' | 'field' | 'lines';
  /** The metadata line or front-matter entry of a 'status-line' or 'field' place. */
  line: number;
  key: string;
  links: AdrLink[];
}

/** The values a layout holds as written: each metadata field where it is first found, and every place a link is written. */
export interface WrittenValues {
  fields: Map<MetaField, { index: number; value: MetaValues[MetaField] }>;
  places: LinkPlace[];
}

/** Reads the layout's blocks the way the reader did, so the writer knows what each block holds now. */
export function readWrittenValues(blocks: readonly LayoutBlock[]): WrittenValues {
  const written: WrittenValues = { fields: new Map(), places: [] };
  blocks.forEach((block, index) => {
    if (block.kind === 'front-matter' || block.kind === 'metadata') {
      const held = block.kind === 'front-matter' ? readFrontMatterFields(block.lines, '(front matter)').held : readMetadataLines(block.lines).held;
      holdFields(written, index, held);
    } else if (block.kind === 'status') {
      const section = readStatusSection(block.lines);
      if (section.status && !written.fields.has('status')) {
        written.fields.set('status', { index, value: section.status });
        if (section.status.link) written.places.push({ index, kind: 'status-line', line: -1, key: '', links: [section.status.link] });
      }
      written.places.push({ index, kind: 'lines', line: -1, key: '', links: section.links.filter((l) => l !== section.status?.link) });
    } else if (block.kind === 'links') {
      written.places.push({ index, kind: 'lines', line: -1, key: '', links: readLinksSection(block.lines).links });
    }
  });
  return written;
}

function holdFields(written: WrittenValues, index: number, held: readonly HeldField[]): void {
  for (const h of held) {
    if (h.field === 'links') {
      written.places.push({ index, kind: 'field', line: h.line, key: h.key, links: h.value as AdrLink[] });
    } else if (!written.fields.has(h.field)) {
      written.fields.set(h.field, { index, value: h.value });
      const link = h.field === 'status' ? (h.value as MetaValues['status']).link : null;
      if (link) written.places.push({ index, kind: 'status-line', line: h.line, key: h.key, links: [link] });
    }
  }
}

/** The status exactly as the file spells it ("Accepted", "on hold", "✅ DONE"); null when the file has none. */
export function writtenStatus(doc: AdrDocument): string | null {
  if (!doc.layout) return null;
  const status = readWrittenValues(doc.layout.blocks).fields.get('status')?.value as MetaValues['status'] | undefined;
  return status ? status.written.trim() : null;
}
