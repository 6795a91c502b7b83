import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { Id } from '../domain/decision';
import { MemberName } from '../rotations/member-name';
import { RotationChange } from '../rotations/rotation-change';
import { Cadence, TurnCap } from '../rotations/rotation-model';
import { TimeOfDay, TimeZoneName } from '../rotations/zoned-time';
import { op } from './operation';

export const RotationKind = z.enum(['teaching', 'role']);
export type RotationKind = z.infer<typeof RotationKind>;

const RotationName = z.string().trim().min(1, 'name must not be empty').max(100, 'name is longer than 100 characters');
const PersonName = z.string().trim().min(1, 'a name must not be empty').max(100, 'a name is longer than 100 characters');
const LongText = z.string().max(20_000, 'text is longer than 20,000 characters');

export const RotationMember = z.object({
  id: Id,
  name: z.string(),
  /** Joined on this date (null: from the start). */
  activeFrom: CalendarDate.nullable(),
  /** Left on this date: no turns from it on (null: still in). */
  activeUntil: CalendarDate.nullable(),
});
export type RotationMember = z.infer<typeof RotationMember>;

export const RotationOverride = z.discriminatedUnion('type', [
  z.object({ id: Id, type: z.literal('skip'), date: CalendarDate, reason: z.string() }),
  z.object({ id: Id, type: z.literal('absence'), memberId: Id, from: CalendarDate, to: CalendarDate, reason: z.string() }),
  z.object({ id: Id, type: z.literal('swap'), dateA: CalendarDate, dateB: CalendarDate }),
  z.object({ id: Id, type: z.literal('cover'), date: CalendarDate, memberId: Id }),
]);
export type RotationOverride = z.infer<typeof RotationOverride>;

const RotationSettings = z.object({
  name: RotationName,
  kind: RotationKind,
  cadence: Cadence,
  startDate: CalendarDate,
  time: TimeOfDay,
  durationMinutes: z.number().int().min(5, 'duration is at least 5 minutes').max(24 * 60, 'duration is at most 24 hours'),
  timeZone: TimeZoneName,
  cap: TurnCap.nullable().default(null),
  /** For roles: the runbook a holder follows (Markdown). */
  checklist: LongText.default(''),
  /** For roles: the next holder backs up the current one as secondary, and learns the duty before their turn. */
  withSecondary: z.boolean().default(false),
});

export const Rotation = RotationSettings.extend({
  id: Id,
  workspaceId: Id,
  members: z.array(RotationMember),
  overrides: z.array(RotationOverride),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Rotation = z.infer<typeof Rotation>;

export const RotationSummary = z.object({
  id: Id,
  name: z.string(),
  kind: RotationKind,
  cadence: Cadence,
  time: z.string(),
  memberCount: z.number().int(),
  next: z.object({ date: CalendarDate, memberName: z.string().nullable() }).nullable(),
});
export type RotationSummary = z.infer<typeof RotationSummary>;

export const OccurrenceView = z.object({
  date: CalendarDate,
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(['scheduled', 'skipped', 'unassigned']),
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
  /** With a secondary: who holds the next turn, backing this one up. */
  secondaryName: z.string().nullable(),
  /** Why a date is skipped or left without a holder. */
  reason: z.string().nullable(),
  source: z.enum(['queue', 'swap', 'cover', 'repay']).nullable(),
  /** Members whose turn this would have been but who were absent or at their cap; they go next. */
  passedOver: z.array(z.string()),
  topic: z.object({ id: Id, title: z.string() }).nullable(),
  logged: z.boolean(),
});
export type OccurrenceView = z.infer<typeof OccurrenceView>;

export const LedgerView = z.object({
  memberId: Id,
  name: z.string(),
  held: z.number().int(),
  upcoming: z.number().int(),
  coversOwed: z.number().int(),
  active: z.boolean(),
});
export type LedgerView = z.infer<typeof LedgerView>;

export const RotationSchedule = z.object({
  rotationId: Id,
  today: CalendarDate,
  occurrences: z.array(OccurrenceView),
  ledger: z.array(LedgerView),
});
export type RotationSchedule = z.infer<typeof RotationSchedule>;

const PreviewTurn = z.object({ status: OccurrenceView.shape.status, memberName: z.string().nullable(), reason: z.string().nullable() });
export const ChangePreview = z.object({
  changed: z.array(z.object({ date: CalendarDate, before: PreviewTurn, after: PreviewTurn })),
  counts: z.array(z.object({ memberId: Id, name: z.string(), before: z.number().int(), after: z.number().int() })),
});
export type ChangePreview = z.infer<typeof ChangePreview>;

// Web addresses only: a topic's link is opened by whoever reads the backlog, so `javascript:`,
// `file:` and the like are refused here, where the schema says what a link is (issue 21).
const TopicLink = z.url({ protocol: /^https?$/, error: 'a link must be a full URL (https://…)' }).max(2000);
export const RotationTopic = z.object({
  id: Id,
  rotationId: Id,
  title: z.string(),
  description: z.string(),
  links: z.array(z.string()),
  proposedBy: z.string(),
  createdAt: z.string(),
  voters: z.array(z.string()),
  assignedDate: CalendarDate.nullable(),
});
export type RotationTopic = z.infer<typeof RotationTopic>;

export const RotationFeedback = z.object({ id: Id, rating: z.number().int(), comment: z.string(), author: z.string(), createdAt: z.string() });
export const RotationLogEntry = z.object({
  rotationId: Id,
  date: CalendarDate,
  holderName: z.string().nullable(),
  summary: z.string(),
  attendance: z.array(z.string()),
  notes: z.string(),
  handover: z.string(),
  feedback: z.array(RotationFeedback),
  averageRating: z.number().nullable(),
  /** The decisions and goals the session was about; their pages link back to it. */
  decisions: z.array(z.object({ id: Id, number: z.number().int(), title: z.string() })),
  goals: z.array(z.object({ id: Id, title: z.string() })),
  updatedAt: z.string(),
});
export type RotationLogEntry = z.infer<typeof RotationLogEntry>;

export const MemberTurn = z.object({
  rotationId: Id,
  rotationName: z.string(),
  kind: RotationKind,
  date: CalendarDate,
  startsAt: z.string(),
  as: z.enum(['holder', 'secondary']),
  topic: z.string().nullable(),
});
export type MemberTurn = z.infer<typeof MemberTurn>;

export const StuckTimer = z.object({
  id: Id,
  workspaceId: Id,
  problem: z.string(),
  startedBy: z.string(),
  startedAt: z.string(),
  stoppedAt: z.string().nullable(),
  /** Members of the workspace's rotations other than the person who is stuck: who to ask. */
  peers: z.array(z.string()),
});
export type StuckTimer = z.infer<typeof StuckTimer>;

const ExportedText = z.object({ fileName: z.string(), text: z.string() });
const ChangeInput = z.object({ rotationId: Id, change: RotationChange });

export const rotationOperations = {
  listRotations: op(z.object({ workspaceId: Id }), z.array(RotationSummary), 'The workspace’s rotations, by name, with who is next.'),
  createRotation: op(
    RotationSettings.extend({
      workspaceId: Id,
      members: z.array(MemberName).min(1, 'a rotation needs at least one member').max(100, 'more than 100 members'),
    }),
    Rotation,
    'Creates a teaching or role rotation with its members in order.',
  ),
  listMemberTurns: op(
    z.object({ workspaceId: Id, name: PersonName, count: z.number().int().min(1).max(52).default(8) }),
    z.array(MemberTurn),
    'A person’s upcoming turns (as holder or secondary) across the workspace’s rotations, soonest first; names match without case.',
  ),
  getRotation: op(z.object({ id: Id }), Rotation, 'One rotation with its members and schedule changes.'),
  updateRotation: op(
    RotationSettings.partial().extend({ id: Id }),
    Rotation,
    'Changes a rotation’s name, cadence, time, cap or checklist; turns are recomputed from the start date.',
  ),
  deleteRotation: op(z.object({ id: Id }), z.object({ id: Id }), 'Deletes a rotation with its backlog and log.'),
  getRotationSchedule: op(
    z.object({ id: Id, from: CalendarDate.optional(), count: z.number().int().min(1).max(260).default(12) }),
    RotationSchedule,
    'The next occurrences from a date (today by default) with holders, topics, and the fairness ledger.',
  ),
  previewRotationChange: op(ChangeInput, ChangePreview, 'What a change would do to upcoming turns and counts, without making it.'),
  applyRotationChange: op(ChangeInput, Rotation, 'Makes a change: skip a date, an absence, a swap, a cover, a member joining or leaving, or undoing one.'),

  listRotationTopics: op(z.object({ rotationId: Id }), z.array(RotationTopic), 'The topic backlog: open topics by votes, then assigned ones by date.'),
  proposeRotationTopic: op(
    z.object({
      rotationId: Id,
      title: z.string().trim().min(1, 'title must not be empty').max(200, 'title is longer than 200 characters'),
      description: z.string().trim().max(5_000, 'description is longer than 5,000 characters').default(''),
      links: z.array(TopicLink).max(20, 'more than 20 links').default([]),
      proposedBy: PersonName,
    }),
    RotationTopic,
    'Adds a topic to the backlog.',
  ),
  voteRotationTopic: op(
    z.object({ topicId: Id, voter: PersonName, vote: z.boolean().default(true) }),
    RotationTopic,
    'Adds or withdraws one person’s vote.',
  ),
  assignRotationTopic: op(
    z.object({ topicId: Id, date: CalendarDate.nullable() }),
    RotationTopic,
    'Assigns a topic to an occurrence (a topic there before goes back to the backlog), or unassigns it with null.',
  ),
  deleteRotationTopic: op(z.object({ topicId: Id }), z.object({ id: Id }), 'Removes a topic from the backlog.'),

  listRotationLog: op(z.object({ rotationId: Id }), z.array(RotationLogEntry), 'The session log, newest first.'),
  saveRotationLogEntry: op(
    z.object({
      rotationId: Id,
      date: CalendarDate,
      summary: LongText.default(''),
      attendance: z.array(PersonName).max(200, 'more than 200 people').default([]),
      notes: LongText.default(''),
      handover: LongText.default(''),
      /** Left out: the entry keeps the links it had. */
      decisionIds: z.array(Id).max(50, 'more than 50 decisions').optional(),
      goalIds: z.array(Id).max(50, 'more than 50 goals').optional(),
    }),
    RotationLogEntry,
    'Records what was taught or handled on a date, who attended, notes, handover notes and the decisions and goals it was about; on a rotation that counts toward a goal behavior it also checks that behavior in.',
  ),
  addRotationFeedback: op(
    z.object({
      rotationId: Id,
      date: CalendarDate,
      rating: z.number().int().min(1, 'rating runs from 1 to 5').max(5, 'rating runs from 1 to 5'),
      comment: z.string().trim().max(2_000, 'comment is longer than 2,000 characters').default(''),
      author: PersonName,
    }),
    RotationLogEntry,
    'Adds quick feedback (1–5 and a comment) to a past session.',
  ),

  exportRotationCalendar: op(
    z.object({ id: Id, count: z.number().int().min(1).max(260).default(26) }),
    ExportedText,
    'The upcoming turns as iCalendar text: one event per turn, stable UIDs, SEQUENCE raised when a turn changes.',
  ),
  listStuckTimers: op(z.object({ workspaceId: Id }), z.array(StuckTimer), 'The running stuck timers of a workspace, oldest first.'),
  startStuckTimer: op(
    z.object({
      workspaceId: Id,
      problem: z.string().trim().min(1, 'say what you are stuck on').max(300, 'problem is longer than 300 characters'),
      startedBy: PersonName,
    }),
    StuckTimer,
    'Starts a timer on a problem: at 4 hours the app suggests a walk, at 8 hours asking peers.',
  ),
  stopStuckTimer: op(z.object({ id: Id }), StuckTimer, 'Stops a stuck timer (the problem is solved or set aside).'),
  exportRotationMarkdown: op(z.object({ id: Id }), ExportedText, 'The schedule, fairness counts and session log as Markdown.'),
  writeRotationMarkdown: op(
    z.object({ id: Id }),
    z.object({ path: z.string(), written: z.boolean() }),
    'Writes the Markdown export into the rotations/ subfolder of the workspace’s sync folder (which sync does not read); written is false when the file already said the same.',
  ),
};
