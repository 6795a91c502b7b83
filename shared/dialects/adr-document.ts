import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { DateSource, DecisionContent, RecordContent, StatusSource } from '../domain/decision';
import { LinkKind } from '../domain/link-kind';
import type { DateOrder } from './date-text';

/** The Markdown dialects Cairn reads and writes. */
export const DIALECT_IDS = ['nygard', 'madr2', 'madr3', 'madr4', 'log4brains'] as const;
export const DialectId = z.enum(DIALECT_IDS);
export type DialectId = z.infer<typeof DialectId>;

/** A team's own link phrase ("Extends"), kept as a lower-case slug next to the built-in kinds. */
const CustomLinkKind = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a custom link kind is a lower-case slug');

/**
 * A typed link as a file writes it: "Superseded by [2. Title](0002-title.md)" is an incoming
 * `supersedes` link whose label is "Superseded by".
 */
export const AdrLink = z.object({
  kind: z.union([LinkKind, CustomLinkKind]),
  /** Incoming: the other record acts on this one ("Superseded by", "Amended by"). */
  direction: z.enum(['outgoing', 'incoming']),
  /** The phrase exactly as written ("Superceded by", "Amends", "Updates"). */
  label: z.string().min(1),
  targetNumber: z.number().int().nonnegative().optional(),
  targetFile: z.string().optional(),
  /** The link text as written ("2. Second Record"), when the link has one. */
  targetTitle: z.string().optional(),
});
export type AdrLink = z.infer<typeof AdrLink>;

const Lines = z.array(z.string());

/** A heading line split so its spelling survives: `## ` + `Decision Drivers` + ` <!-- optional -->`. */
export const HeadingLine = z.object({ marker: z.string(), text: z.string(), suffix: z.string() });
export type HeadingLine = z.infer<typeof HeadingLine>;

/** Blank and comment-only lines around a section's text, so the text itself stays clean. */
export const Gap = z.object({ before: Lines, after: Lines });
export type Gap = z.infer<typeof Gap>;

/** `Chosen option: "X", because …` split into the parts around the option name and the reason. */
export const ChosenLine = z.object({
  prefix: z.string(),
  open: z.string(),
  close: z.string(),
  /** What follows the closing quote: ", because", " because", "." or nothing. */
  separator: z.string(),
  /** What sits between the separator and the reason: " ", or a line break and blank lines. */
  joiner: z.string(),
});
export type ChosenLine = z.infer<typeof ChosenLine>;

const PROSE_FIELDS = ['context', 'drivers', 'consequences', 'confirmation', 'moreInformation'] as const;
export const ProseField = z.enum(PROSE_FIELDS);
export type ProseField = z.infer<typeof ProseField>;

/**
 * A section whose text is a content field. No heading: the text before the first section, or MADR 2's
 * "Positive/Negative Consequences" run. `hadText` tells a section emptied in Cairn (removed when
 * written) from one that was empty in the file (kept).
 */
const ProseBlock = z.object({ kind: z.literal('prose'), field: ProseField, heading: HeadingLine.nullable(), gap: Gap, hadText: z.boolean() });
/** A section Cairn has no field for; its text is in `content.extraSections`. */
const ExtraBlock = z.object({ kind: z.literal('extra'), heading: HeadingLine.nullable(), gap: Gap, hadText: z.boolean() });
const OutcomeBlock = z.object({
  kind: z.literal('outcome'),
  heading: HeadingLine,
  gap: Gap,
  chosen: ChosenLine.nullable(),
  hadText: z.boolean(),
  /** "### Consequences" and "### Confirmation" inside the outcome, in the order written. */
  children: z.array(ProseBlock),
});
/** Sections kept line by line and merged on change: their values are parsed out of the lines. */
const ListSectionBlock = z.object({
  kind: z.enum(['options', 'option-details', 'status', 'links']),
  heading: HeadingLine,
  lines: Lines,
});
/** A section that holds only metadata lines ("## Metadata", adr-tools templates' "# Info"): read and written like the lines under the title. */
const MetadataSectionBlock = z.object({ kind: z.literal('metadata-section'), heading: HeadingLine, gap: Gap, lines: Lines });
const TitleBlock = z.object({
  kind: z.literal('title'),
  marker: z.string(),
  /** `41. ` in `# 41. Title`, `ADR 041: ` in `# ADR 041: Title`, `n. ` in an unfilled `# n. Title`. */
  numbering: z.object({ before: z.string(), digits: z.string(), after: z.string() }).nullable(),
  suffix: z.string(),
  /** A status in brackets before the title: `[Superseded by [ADR-0017](…)] ` (absent in layouts stored before it existed). */
  prefix: z.string().optional(),
});
const LinesBlock = z.object({ kind: z.enum(['raw', 'metadata', 'front-matter']), lines: Lines });

/** One part of a file, in file order: raw lines, front matter, title, metadata lines or a section. */
export const LayoutBlock = z.discriminatedUnion('kind', [
  ProseBlock,
  ExtraBlock,
  OutcomeBlock,
  ListSectionBlock,
  MetadataSectionBlock,
  TitleBlock,
  LinesBlock,
]);
export type LayoutBlock = z.infer<typeof LayoutBlock>;
export type ProseBlock = z.infer<typeof ProseBlock>;
export type ExtraBlock = z.infer<typeof ExtraBlock>;
export type OutcomeBlock = z.infer<typeof OutcomeBlock>;
export type ListSectionBlock = z.infer<typeof ListSectionBlock>;
export type MetadataSectionBlock = z.infer<typeof MetadataSectionBlock>;
export type TitleBlock = z.infer<typeof TitleBlock>;
export type LinesBlock = z.infer<typeof LinesBlock>;

/**
 * How a file was written, so an unchanged document serializes to the same bytes. Structured parts
 * (metadata, status, option lists) keep their original lines and are only rewritten when the value
 * they hold changes; prose sections keep only the blank lines around their text.
 */
export const AdrLayout = z.object({
  eol: z.enum(['\n', '\r\n']),
  bom: z.boolean(),
  finalNewline: z.boolean(),
  /** Where the Cairn id was written: an HTML comment at the end, or a front-matter key. */
  identity: z.enum(['comment', 'front-matter']).nullable(),
  /** The document's number when it was read, so an unchanged number keeps its written digits. */
  parsedNumber: z.number().int().nullable(),
  /**
   * Values the file does not write where the dialect keeps them: a date its name, its folder or its
   * changelog gives, Log4brains' "accepted" for a record without a status, a title from the record's
   * folder (absent in layouts stored before it existed), or a stand-in the core used for an unknown
   * value. They are not written back unless they change.
   */
  assumed: z.object({ status: z.string().nullable(), date: z.string().nullable(), title: z.string().nullable().optional() }),
  /** In a file that mixes line endings: its line count and the lines ending the other way, so it is written back as it was. */
  otherEol: z.object({ lines: z.number().int().nonnegative(), at: z.array(z.number().int().nonnegative()) }).optional(),
  /** The version of the reading rules that cut this layout (READER_VERSION); absent in layouts stored before version 2. */
  reader: z.number().int().positive().optional(),
  /** How the file's day-and-month dates were read, when month first (absent: day first). */
  dateOrder: z.literal('month-first').optional(),
  blocks: z.array(LayoutBlock),
});
export type AdrLayout = z.infer<typeof AdrLayout>;

/** Something the reader did not understand or had to assume, with the line it is about (and the field, for an unknown status or date). */
export const DialectWarning = z.object({ line: z.number().int().positive().nullable(), message: z.string(), field: z.enum(['status', 'date']).optional() });
export type DialectWarning = z.infer<typeof DialectWarning>;

const documentShape = {
  dialect: DialectId,
  /** Cairn's stable id, when the file carries one. */
  id: z.uuid().nullable(),
  number: z.number().int().nonnegative().nullable(),
  links: z.array(AdrLink),
  /** Null for a document that was never read from a file: it is written in the dialect's default form. */
  layout: AdrLayout.nullable(),
  warnings: z.array(DialectWarning),
};

/** Where a record's status and date come from; null where the value is unknown. */
export const ValueSources = z.object({ status: StatusSource.nullable(), date: DateSource.nullable() });
export type ValueSources = z.infer<typeof ValueSources>;

/**
 * What one ADR file says, and nothing more: status and date are null (unknown) where the file, its
 * name, its folder or its git history do not give them, with the source of each known one.
 */
export const AdrRecord = z.object({ ...documentShape, content: RecordContent, sources: ValueSources });
export type AdrRecord = z.infer<typeof AdrRecord>;

/**
 * A record as the core stores it today: a DecisionContent, whose status and date cannot be unknown,
 * so `withStandIns` fills unknown ones with stand-ins (kept in `layout.assumed`, never written back).
 */
export const AdrDocument = z.object({ ...documentShape, content: DecisionContent });
export type AdrDocument = z.infer<typeof AdrDocument>;

/** What a writer takes: a record with unknowns or a stored document (an unknown value is written as nothing). */
export type WritableDocument = Omit<AdrDocument, 'content'> & { content: RecordContent };

export interface ParseOptions {
  /** A date known from outside the file, with its source: the date of the commit that added it. Used when the file, its name and its folder give none. */
  knownDate?: { date: CalendarDate; source: 'git' };
  /** How the folder writes day-and-month dates, from its other files (`dateOrderOf`); day first when not given. */
  dateOrder?: DateOrder;
  /** Only for `parseAdr`, the core's bridge: the stand-in for a date that is unknown (1970-01-01 when not given). */
  fallbackDate?: string;
}

/**
 * The version of the rules the reader cuts a file by. A document stored under older rules holds a
 * content its layout no longer matches (text under Status, option descriptions, notes after a date
 * were not in the content), so it must be read again from `storedText` before it is written.
 */
export const READER_VERSION = 2;

/** Whether a stored document was cut by older reading rules and must be read again before it is written. */
export function readByOlderRules(doc: { layout: AdrLayout | null }): boolean {
  return doc.layout !== null && (doc.layout.reader ?? 1) < READER_VERSION;
}

export interface Dialect {
  id: DialectId;
  /** Reads one file as it is, unknown values included; throws a DialectError naming the file (and line) when it is not an ADR. */
  read(text: string, fileName: string, options?: ParseOptions): AdrRecord;
  /** Reads one file for the core of today: `read`, with stand-ins for an unknown status or date (`withStandIns`). */
  parse(text: string, fileName: string, options?: ParseOptions): AdrDocument;
  /**
   * Writes the document; the same document always gives the same bytes. A document read in another
   * dialect is written in this one's form, with what this dialect has no field for carried from the
   * other's layout.
   */
  serialize(doc: WritableDocument): string;
  /** The file a stored document's layout and content give, structured blocks exactly as read (see `writeStoredText`). */
  storedText(doc: WritableDocument): string;
}
