import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import {
  Decision,
  DecisionContent,
  DecisionSummary,
  Id,
  Tag,
} from '../domain/decision';
import { StatusName } from '../domain/decision-status';
import { LinkKind } from '../domain/link-kind';
import { TemplateId, DEFAULT_TEMPLATE } from '../domain/template';
import { op } from './operation';
import { syncOperations } from './sync-operations';
import { goalOperations } from './goal-operations';
import { overviewOperations } from './overview-operations';
import { rotationOperations } from './rotation-operations';
import { rotationLinkOperations } from './rotation-link-operations';
import { roomOperations } from './room-operations';
import { sessionOperations } from './session-operations';
import { backupOperations } from './backup-operations';
import { decisionListOperations } from './decision-list-operations';
import { siteOperations } from './site-operations';
import { DiffLine } from './diff-line';
import { gitOperations } from './git-operations';
import { reviewOperations } from './review-operations';
import { checkOperations } from './check-operations';
import { templateOperations } from './template-operations';
import { TemplateSource } from '../templates/team-template';

export const Profile = z.object({ name: z.string().nullable() });

export const Workspace = z.object({
  id: Id,
  name: z.string(),
  createdAt: z.string(),
  customStatuses: z.array(z.string()),
  /** A save in the app writes the decision's file in the linked folder at once; off, changes wait for "Sync now". */
  writeFilesOnSave: z.boolean(),
  decisionCount: z.number().int(),
});
export type Workspace = z.infer<typeof Workspace>;

const WorkspaceName = z.string().trim().min(1, 'name must not be empty').max(100, 'name is longer than 100 characters');

export const LinkInput = z.object({ kind: LinkKind, toId: Id });

/** A decision to start: createDecision stores it, previewNewDecision only shows what it would start as. */
export const NewDecisionInput = z.object({
  workspaceId: Id,
  template: TemplateId.default(DEFAULT_TEMPLATE),
  content: DecisionContent.partial().extend({ title: DecisionContent.shape.title }),
  links: z.array(LinkInput).max(50).default([]),
  /**
   * A team template or a template file of the linked folder to start from: the decision takes its
   * Markdown (adr-tools' placeholders filled) and is written in the dialect it is in; `template` is
   * then not used. What `content` gives is kept over the template's text.
   */
  from: TemplateSource.optional(),
});

export const SearchDecisionsInput = z.object({
  workspaceId: Id,
  query: z.string().max(500, 'query is longer than 500 characters').default(''),
  /** Any of these statuses; null is "no status" (unknown). */
  statuses: z.array(StatusName.nullable()).default([]),
  tags: z.array(Tag).default([]),
  /** Matches decision-makers, consulted and informed. */
  person: z.string().trim().max(200).optional(),
  dateFrom: CalendarDate.optional(),
  dateTo: CalendarDate.optional(),
  /** Only decisions whose date is unknown ("no date"). */
  undated: z.boolean().default(false),
  sort: z.enum(['relevance', 'number', 'date', 'title']).default('number'),
  order: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type SearchDecisionsInput = z.input<typeof SearchDecisionsInput>;

const FacetCount = z.object({ value: z.string(), count: z.number().int() });
export const SearchDecisionsOutput = z.object({
  total: z.number().int(),
  items: z.array(DecisionSummary),
  /** Counts over the decisions that match the text query and date range, before the facet filters. */
  facets: z.object({
    /** A null value counts the decisions with no status. */
    statuses: z.array(z.object({ value: z.string().nullable(), count: z.number().int() })),
    tags: z.array(FacetCount),
    people: z.array(FacetCount),
    /** How many have no date. */
    undated: z.number().int(),
  }),
});
export type SearchDecisionsOutput = z.infer<typeof SearchDecisionsOutput>;

export const RevisionSummary = z.object({
  revision: z.number().int().positive(),
  author: z.string(),
  createdAt: z.string(),
  /** What changed, in words: "Created", "Status: proposed → accepted", "Edited context, options". */
  summary: z.string(),
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;

export { DiffLine };


/**
 * The one contract between the UI and the core. The preload, the IPC handlers, the web host's
 * routes, the renderer's client and the contract tests are all derived from this table.
 */
export const operations = {
  ...syncOperations,
  ...goalOperations,
  ...overviewOperations,
  ...rotationOperations,
  ...rotationLinkOperations,
  ...sessionOperations,
  ...roomOperations,
  ...backupOperations,
  ...decisionListOperations,
  ...siteOperations,
  ...gitOperations,
  ...reviewOperations,
  ...checkOperations,
  ...templateOperations,
  getProfile: op(z.object({}), Profile, 'The local profile whose name authors revisions.'),
  setProfile: op(
    z.object({ name: z.string().trim().min(1, 'name must not be empty').max(100, 'name is longer than 100 characters') }),
    Profile,
    'Sets the local profile name.',
  ),

  listWorkspaces: op(z.object({}), z.array(Workspace), 'All workspaces, by name.'),
  createWorkspace: op(z.object({ name: WorkspaceName }), Workspace, 'Creates a workspace for a team.'),
  updateWorkspace: op(
    z.object({ id: Id, name: WorkspaceName.optional(), customStatuses: z.array(StatusName).max(30).optional(), writeFilesOnSave: z.boolean().optional() }),
    Workspace,
    'Renames a workspace, sets its custom statuses, or whether a save writes its file in the linked folder at once.',
  ),

  createDecision: op(
    NewDecisionInput,
    Decision,
    'Creates a decision from a template with the next number; links (e.g. supersedes) are made in the same transaction.',
  ),
  previewNewDecision: op(
    NewDecisionInput,
    z.object({ template: TemplateId, content: DecisionContent }),
    'What createDecision would start a decision as (today\'s date, the template\'s status), checked the same way but stored nowhere: no row, no number.',
  ),
  getDecision: op(z.object({ id: Id }), Decision, 'One decision with its links in both directions.'),
  updateDecision: op(
    z.object({
      id: Id,
      /** The revision the edit was based on; a newer one on the server means someone else saved first. */
      baseRevision: z.number().int().positive(),
      changes: DecisionContent.partial(),
    }),
    Decision,
    'Saves changes as a new revision.',
  ),
  deleteDecision: op(z.object({ id: Id }), z.object({ id: Id }), 'Moves a decision to the trash (restorable).'),
  restoreDecision: op(z.object({ id: Id }), Decision, 'Brings a deleted decision back (undo).'),
  searchDecisions: op(SearchDecisionsInput, SearchDecisionsOutput, 'Full-text search with facet filters.'),
  listDueForReview: op(
    z.object({ workspaceId: Id, asOf: CalendarDate.optional(), withinDays: z.number().int().min(0).max(366).default(0) }),
    z.array(DecisionSummary),
    'Decisions whose review-by date has come (or comes within the given days), soonest first.',
  ),

  addDecisionLink: op(
    z.object({ fromId: Id, kind: LinkKind, toId: Id }),
    Decision,
    'Links two decisions; "supersedes" also marks the target superseded.',
  ),
  removeDecisionLink: op(z.object({ fromId: Id, kind: LinkKind, toId: Id }), Decision, 'Removes a link.'),

  listRevisions: op(z.object({ decisionId: Id }), z.array(RevisionSummary), 'Revision history, newest first.'),
  getRevision: op(
    z.object({ decisionId: Id, revision: z.number().int().positive() }),
    z.object({ summary: RevisionSummary, content: DecisionContent, markdown: z.string() }),
    'One revision as it was saved.',
  ),
  diffRevisions: op(
    z.object({ decisionId: Id, from: z.number().int().positive(), to: z.number().int().positive() }),
    z.object({ from: RevisionSummary, to: RevisionSummary, lines: z.array(DiffLine) }),
    'A line diff of the Markdown of two revisions.',
  ),
};

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Operations[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Operations[K]['output']>;

/** What the core implements: one function per operation, taking parsed input. */
export type Services = { [K in OperationName]: (input: ParsedInput<K>) => OperationOutput<K> | Promise<OperationOutput<K>> };

/** What the renderer calls: one async method per operation; failures throw ApiCallError. */
export type CairnApi = { [K in OperationName]: (input: OperationInput<K>) => Promise<OperationOutput<K>> };

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}
