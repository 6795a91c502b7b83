import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { DateSource, Id, StatusSource } from '../domain/decision';
import { StatusName } from '../domain/decision-status';
import { LinkKind } from '../domain/link-kind';
import { op } from './operation';

/** A live link of a listed decision, to the decision at its other end. */
export const DecisionRowLink = z.object({
  kind: LinkKind,
  direction: z.enum(['outgoing', 'incoming']),
  /** The other decision's number and id. */
  number: z.number().int(),
  id: Id,
});
export type DecisionRowLink = z.infer<typeof DecisionRowLink>;

/** One decision as `cairn list --json` prints it: what scripts rely on, links and file included. */
export const DecisionRow = z.object({
  id: Id,
  number: z.number().int(),
  title: z.string(),
  /** Null: the record gives no status. */
  status: z.string().nullable(),
  /** `file`, or `convention` (a Log4brains file without one reads as accepted); null when unknown. */
  statusSource: StatusSource.nullable(),
  /** Null: nothing gives a date. */
  date: CalendarDate.nullable(),
  /** `file`, `file-name`, `folder-name` or `git` (the commit that added the file); null when unknown. */
  dateSource: DateSource.nullable(),
  tags: z.array(z.string()),
  /** By kind, outgoing before incoming, then by number (as a decision's own links are). */
  links: z.array(DecisionRowLink),
  /** The decision's file, relative to the synced folder; null when it has none. */
  file: z.string().nullable(),
});
export type DecisionRow = z.infer<typeof DecisionRow>;

/** Whole-workspace reads in one call, for the command line and scripts. */
export const decisionListOperations = {
  listDecisionRows: op(
    z.object({
      workspaceId: Id,
      /** Only this status; null: only those with no status. */
      status: StatusName.nullable().optional(),
      /** Full-text query (as searchDecisions takes it): only matching decisions, most relevant first. */
      query: z.string().max(500, 'query is longer than 500 characters').optional(),
    }),
    z.array(DecisionRow),
    'Every live decision of a workspace (or those matching a status or a text query) with its links and file, by number; in one call, with no per-decision reads.',
  ),
};
