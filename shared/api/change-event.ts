import { z } from 'zod';

/**
 * The kinds of record a committed write can touch. Each names the records one feature owns, so a
 * client can tell which of its reads a change makes untrue:
 * - profile: the local profile (who authors revisions)
 * - workspace: a workspace's name and settings
 * - decision: a decision, its revisions, links, tags and people
 * - sync: a linked folder, its files, conflicts and import reports
 * - goal: a goal, its results, behaviors, check-ins and decision links
 * - rotation: a rotation, its members, schedule changes, topics, log, feedback and stuck timers
 * - session: a facilitated session
 * - question: the open-question bank of a workspace
 */
export const CHANGE_KINDS = ['profile', 'workspace', 'decision', 'sync', 'goal', 'rotation', 'session', 'question'] as const;
export const ChangeKind = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** What one commit changed of one kind in one workspace. */
export const RecordChange = z.object({
  kind: ChangeKind,
  /** The workspace of the records; null for records outside any workspace (the profile). */
  workspaceId: z.string().nullable(),
  /** The ids of the changed records of this kind: decision ids, goal ids, rotation ids, session ids… */
  ids: z.array(z.string()),
});
export type RecordChange = z.infer<typeof RecordChange>;

/**
 * One committed write, sent to every client of the host after the commit (never for a rolled-back
 * transaction). `scope: 'everything'` says the host cannot tell what changed (another process
 * committed, a backup was restored, the feed started afresh): a client reads everything again.
 */
export const ChangeEvent = z.object({
  /** Counts up by one per event of this host, from 1; a gap means events were missed. */
  seq: z.number().int().positive(),
  scope: z.enum(['records', 'everything']),
  changes: z.array(RecordChange),
});
export type ChangeEvent = z.infer<typeof ChangeEvent>;

/**
 * Where the web host streams the feed as Server-Sent Events (GET, with the same bearer token as the
 * API): one `data:` line of a ChangeEvent's JSON per event, its seq as the event's id.
 */
export const CHANGE_STREAM_PATH = '/api/changes';
