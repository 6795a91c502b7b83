import { z } from 'zod';
import { DecisionContent } from '../domain/decision';
import { LinkKind } from '../domain/link-kind';

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
const TitleBlock = z.object({
  kind: z.literal('title'),
  marker: z.string(),
  /** `41. ` in `# 41. Title`, `ADR 041: ` in `# ADR 041: Title`. */
  numbering: z.object({ before: z.string(), digits: z.string(), after: z.string() }).nullable(),
  suffix: z.string(),
});
const LinesBlock = z.object({ kind: z.enum(['raw', 'metadata', 'front-matter']), lines: Lines });

/** One part of a file, in file order: raw lines, front matter, title, metadata lines or a section. */
export const LayoutBlock = z.discriminatedUnion('kind', [
  ProseBlock,
  ExtraBlock,
  OutcomeBlock,
  ListSectionBlock,
  TitleBlock,
  LinesBlock,
]);
export type LayoutBlock = z.infer<typeof LayoutBlock>;
export type ProseBlock = z.infer<typeof ProseBlock>;
export type ExtraBlock = z.infer<typeof ExtraBlock>;
export type OutcomeBlock = z.infer<typeof OutcomeBlock>;
export type ListSectionBlock = z.infer<typeof ListSectionBlock>;
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
   * Values Cairn assumed because the file had none; they are not written back unless changed. The
   * title is the one a record's folder name gave (absent in layouts stored before it existed).
   */
  assumed: z.object({ status: z.string().nullable(), date: z.string().nullable(), title: z.string().nullable().optional() }),
  blocks: z.array(LayoutBlock),
});
export type AdrLayout = z.infer<typeof AdrLayout>;

/** Something the reader did not understand or had to assume, with the line it is about. */
export const DialectWarning = z.object({ line: z.number().int().positive().nullable(), message: z.string() });
export type DialectWarning = z.infer<typeof DialectWarning>;

/** What one ADR file holds: a Cairn decision plus what is needed to write the file back unchanged. */
export const AdrDocument = z.object({
  dialect: DialectId,
  /** Cairn's stable id, when the file carries one. */
  id: z.uuid().nullable(),
  number: z.number().int().nonnegative().nullable(),
  content: DecisionContent,
  links: z.array(AdrLink),
  /** Null for a document that was never read from a file: it is written in the dialect's default form. */
  layout: AdrLayout.nullable(),
  warnings: z.array(DialectWarning),
});
export type AdrDocument = z.infer<typeof AdrDocument>;

export interface ParseOptions {
  /** The date to assume when a file has none (e.g. its last commit date); else the date in the file name, else 1970-01-01. */
  fallbackDate?: string;
}

export interface Dialect {
  id: DialectId;
  /** Reads one file; throws a DialectError naming the file (and line) when it is not an ADR. */
  parse(text: string, fileName: string, options?: ParseOptions): AdrDocument;
  /** Writes the document; the same document always gives the same bytes. */
  serialize(doc: AdrDocument): string;
}
