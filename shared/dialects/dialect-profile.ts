import type { DialectId } from './adr-document';
import type { MetadataStyle } from './metadata-line';
import type { MetaField } from './metadata-fields';
import type { SectionRole } from './section-roles';
import type { StatusCase } from './status-text';

/** The metadata fields a dialect writes, in the order it writes them. */
export type WrittenField = Exclude<MetaField, 'title' | 'links'>;

/**
 * What makes one dialect differ from another when Cairn writes something the file does not have yet
 * (or writes a new file): where metadata, status and links live, how keys and headings are spelled,
 * and the order of sections. Reading is the same tolerant reader for every dialect.
 */
export interface DialectProfile {
  id: DialectId;
  /** Front matter (MADR 3/4) or lines under the title: `Date: …` (adr-tools), `* Status: …` (MADR 2), `- Status: …` (Log4brains). */
  metadata: { home: 'front-matter' } | { home: 'lines'; style: MetadataStyle };
  keys: Record<WrittenField, string>;
  /** adr-tools keeps the status in a "## Status" section; the others in the metadata. */
  statusHome: 'metadata' | 'status-section';
  statusCase: StatusCase;
  /** The status a file without one has by the dialect's documented convention (Log4brains: accepted); null when it is unknown. */
  statusWhenAbsent: string | null;
  /** Whether the title carries the number: `# 7. Title`. */
  numberedTitle: boolean;
  listMarker: string;
  /** Top-level sections in the order the dialect's template has them, with its headings. */
  sections: { role: SectionRole; heading: string }[];
  /** Parts written inside the Decision Outcome section (MADR's "### Consequences"). */
  outcomeParts: { role: 'consequences' | 'confirmation'; heading: string }[];
}

/** How a key is spelled in front matter (MADR 4's spelling; a dialect's own `keys` take precedence in its own home). */
export const FRONT_MATTER_KEYS: Record<WrittenField, string> = {
  status: 'status',
  date: 'date',
  decisionMakers: 'decision-makers',
  consulted: 'consulted',
  informed: 'informed',
  tags: 'tags',
  reviewBy: 'review-by',
  id: 'cairn-id',
};

/** How a key is spelled in metadata lines under the title. */
export const LINE_KEYS: Record<WrittenField, string> = {
  status: 'Status',
  date: 'Date',
  decisionMakers: 'Decision-makers',
  consulted: 'Consulted',
  informed: 'Informed',
  tags: 'Tags',
  reviewBy: 'Review by',
  id: 'Cairn-id',
};

/** The order metadata is written in. */
export const WRITTEN_FIELDS: readonly WrittenField[] = ['status', 'date', 'decisionMakers', 'consulted', 'informed', 'tags', 'reviewBy', 'id'];
