import { z } from 'zod';
import { CalendarDate } from './calendar-date';
import { StatusName } from './decision-status';
import { LinkKind } from './link-kind';
import { TemplateId } from './template';

export const Id = z.uuid('must be a UUID');

const PersonName = z.string().trim().min(1, 'a name must not be empty').max(200, 'a name is longer than 200 characters');
export const PersonList = z.array(PersonName).max(200, 'more than 200 people');

export const Tag = z
  .string()
  .trim()
  .min(1, 'a tag must not be empty')
  .max(60, 'a tag is longer than 60 characters')
  .regex(/^[^\s,]+$/, 'a tag has no spaces or commas');

const Markdown = z.string().max(500_000, 'text is longer than 500,000 characters');
const ListItem = z.string().trim().min(1, 'a list item must not be empty').max(5_000);

export const ConsideredOption = z.object({
  name: z.string().trim().min(1, 'an option needs a name').max(300, 'an option name is longer than 300 characters'),
  description: Markdown.default(''),
  pros: z.array(ListItem).default([]),
  cons: z.array(ListItem).default([]),
});
export type ConsideredOption = z.infer<typeof ConsideredOption>;

/** A section a template or an imported file brings that Cairn has no field for; kept as written. */
export const ExtraSection = z.object({
  heading: z.string().trim().min(1, 'a section needs a heading').max(300),
  body: Markdown,
});
export type ExtraSection = z.infer<typeof ExtraSection>;

/**
 * Everything a person writes in a decision: what a revision snapshots and an edit changes. Status and
 * date may be unknown (null): a file without a status line, or with no date anywhere. Unknown is a
 * value: it is shown as "no status" / "no date" and written to a file as nothing.
 */
export const DecisionContent = z.object({
  title: z.string().trim().min(1, 'title must not be empty').max(300, 'title is longer than 300 characters'),
  status: StatusName.nullable(),
  date: CalendarDate.nullable(),
  reviewBy: CalendarDate.nullable(),
  decisionMakers: PersonList,
  consulted: PersonList,
  informed: PersonList,
  tags: z.array(Tag).max(50, 'more than 50 tags'),
  context: Markdown,
  drivers: Markdown,
  options: z.array(ConsideredOption).max(100, 'more than 100 options'),
  /** The name of the chosen option, when the outcome picks one of the considered options. */
  chosenOption: z.string().trim().min(1).max(300).nullable(),
  outcome: Markdown,
  consequences: Markdown,
  confirmation: Markdown,
  moreInformation: Markdown,
  extraSections: z.array(ExtraSection).max(100),
});
export type DecisionContent = z.infer<typeof DecisionContent>;

/** What a record's file says: a DecisionContent, whose status and date may be unknown (null). */
export const RecordContent = DecisionContent;
export type RecordContent = DecisionContent;

/**
 * Where a known date comes from: the file itself, its name (Log4brains' `20200925-slug.md`), the
 * folder it is kept in (`2022-11-09-slug/README.md`), or the commit that added it to git.
 */
export const DateSource = z.enum(['file', 'file-name', 'folder-name', 'git']);
export type DateSource = z.infer<typeof DateSource>;

/**
 * Where a known status comes from: the file, or a dialect's documented convention (Log4brains reads
 * a record without a status as accepted).
 */
export const StatusSource = z.enum(['file', 'convention']);
export type StatusSource = z.infer<typeof StatusSource>;

/**
 * Where a decision's status and date come from; null where the value is unknown. `file` is the record
 * itself: its file, or an edit in Cairn (which its file will state).
 */
export const DecisionSources = z.object({ statusSource: StatusSource.nullable(), dateSource: DateSource.nullable() });
export type DecisionSources = z.infer<typeof DecisionSources>;

/** The words for a value taken from somewhere else than the record ("from git history"); null for the record's own. */
export function dateSourceWords(source: DateSource | null): string | null {
  switch (source) {
    case 'git':
      return 'from git history';
    case 'file-name':
      return 'from the file name';
    case 'folder-name':
      return 'from the folder name';
    default:
      return null;
  }
}

/** The words for a status no file states but a dialect's convention gives (Log4brains: none means accepted). */
export function statusSourceWords(source: StatusSource | null): string | null {
  return source === 'convention' ? 'The file states none; Log4brains reads that as accepted.' : null;
}

/** A link as seen from one decision: outgoing ("this supersedes that") or incoming ("superseded by"). */
export const DecisionLinkView = z.object({
  kind: LinkKind,
  direction: z.enum(['outgoing', 'incoming']),
  otherId: Id,
  otherNumber: z.number().int(),
  otherTitle: z.string(),
  otherStatus: z.string().nullable(),
});
export type DecisionLinkView = z.infer<typeof DecisionLinkView>;

export const Decision = DecisionContent.extend({
  ...DecisionSources.shape,
  id: Id,
  workspaceId: Id,
  /** 0 is a number (MADR's `0000-use-markdown-architectural-decision-records.md`). */
  number: z.number().int().nonnegative(),
  template: TemplateId,
  /** The current revision number; 1 after creation, +1 for every saved change. */
  revision: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  links: z.array(DecisionLinkView),
});
export type Decision = z.infer<typeof Decision>;

/** What a list row needs: small, so 10,000 of them cross the API cheaply. */
export const DecisionSummary = z.object({
  id: Id,
  number: z.number().int(),
  title: z.string(),
  /** Null: unknown ("no status"). */
  status: z.string().nullable(),
  /** Null: unknown ("no date"). */
  date: CalendarDate.nullable(),
  dateSource: DateSource.nullable(),
  reviewBy: CalendarDate.nullable(),
  tags: z.array(z.string()),
  decisionMakers: z.array(z.string()),
  /** For a text search: the matching passage with matches wrapped in «…». */
  snippet: z.string().nullable(),
});
export type DecisionSummary = z.infer<typeof DecisionSummary>;

/** The empty content of a new decision, before the author writes anything. */
export function emptyDecisionContent(title: string, date: string): DecisionContent {
  return {
    title,
    status: 'proposed',
    date,
    reviewBy: null,
    decisionMakers: [],
    consulted: [],
    informed: [],
    tags: [],
    context: '',
    drivers: '',
    options: [],
    chosenOption: null,
    outcome: '',
    consequences: '',
    confirmation: '',
    moreInformation: '',
    extraSections: [],
  };
}

/** "7" → "0007", the way ADR files number themselves. */
export function formatDecisionNumber(n: number): string {
  return String(n).padStart(4, '0');
}
