import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { Id } from '../domain/decision';
import { RotationEdit } from '../rotations/rotation-change';
import { RotationForm, RotationSettingsForm } from '../rotations/rotation-form';
import { Cadence, TurnCap } from '../rotations/rotation-model';
import { DEFAULT_SCHEDULE_LENGTH, ScheduleLength } from '../rotations/schedule-length';
import { TurnLength } from '../rotations/turn-span';
import { op } from './operation';

export const RotationKind = RotationSettingsForm.shape.kind;
export type RotationKind = z.infer<typeof RotationKind>;

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

/**
 * A rotation's settings as the API reads them: the form's schema, so the API refuses what the form
 * refuses, in the same words. Without a turn length of its own, a turn lasts as its kind says
 * (defaultTurnLength): a role until the next holder takes over, a teaching session its duration.
 */
const RotationSettings = RotationSettingsForm.extend({ turnLength: TurnLength.nullable().default(null) });

/**
 * The settings a change names; what it leaves out stays as it was. Spelled out rather than
 * `.partial()`, which would fill in the defaults (an empty checklist, no cap) for fields left out.
 */
const RotationSettingsChange = z.object({
  name: RotationSettingsForm.shape.name.optional(),
  kind: RotationSettingsForm.shape.kind.optional(),
  cadence: Cadence.optional(),
  startDate: CalendarDate.optional(),
  time: RotationSettingsForm.shape.time.optional(),
  durationMinutes: RotationSettingsForm.shape.durationMinutes.optional(),
  timeZone: RotationSettingsForm.shape.timeZone.optional(),
  cap: TurnCap.nullable().optional(),
  checklist: RotationSettingsForm.shape.checklist.unwrap().optional(),
  withSecondary: z.boolean().optional(),
  /** Null goes back to the kind's own turn length. */
  turnLength: TurnLength.nullable().optional(),
});

export const RotationReorder = z.object({ id: Id, from: CalendarDate, memberIds: z.array(Id) });
export type RotationReorder = z.infer<typeof RotationReorder>;

export const Rotation = RotationSettings.extend({
  id: Id,
  workspaceId: Id,
  members: z.array(RotationMember),
  overrides: z.array(RotationOverride),
  /** New orders of the queue, each from its date, in the order they were made. */
  reorders: z.array(RotationReorder),
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
  /** The zone `time` is in; the list shows the viewer's time beside it. */
  timeZone: z.string(),
  memberCount: z.number().int(),
  /** The next turn; `startsAt` is its start, an instant, to read in the viewer's zone. */
  next: z.object({ date: CalendarDate, startsAt: z.string(), memberName: z.string().nullable() }).nullable(),
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

/** A cover one member took for another, named: the debtor owes the creditor a turn, repaid on `repaysOn`. */
export const CoverDebtView = z.object({
  coverId: Id,
  debtor: Id,
  debtorName: z.string(),
  creditor: Id,
  creditorName: z.string(),
  coveredOn: CalendarDate,
  /** The creditor's later turn the debtor takes instead; null while none is in sight. */
  repaysOn: CalendarDate.nullable(),
});
export type CoverDebtView = z.infer<typeof CoverDebtView>;

export const LedgerView = z.object({
  memberId: Id,
  name: z.string(),
  held: z.number().int(),
  upcoming: z.number().int(),
  coversOwed: z.number().int(),
  /** The covers this member owes, each with who covered and the turn that repays it. */
  owes: z.array(CoverDebtView.omit({ debtor: true, debtorName: true })),
  /** In the rotation on some day of the window (a member joining in it is). */
  active: z.boolean(),
  /** The day the member joins, when that is after the window's first day. */
  joinsOn: CalendarDate.nullable(),
  /** The day the member leaves (no turns from it on). */
  leavesOn: CalendarDate.nullable(),
});
export type LedgerView = z.infer<typeof LedgerView>;

/** A swap or cover that no longer does anything, and why. */
export const UnappliedChangeView = z.object({ overrideId: Id, reason: z.string() });

/** The latest handover note and the holder it is for: the next turn someone other than its writer holds. */
export const HandoverView = z.object({
  fromDate: CalendarDate,
  fromName: z.string().nullable(),
  text: z.string(),
  toDate: CalendarDate,
  toMemberId: Id,
  toName: z.string(),
});
export type HandoverView = z.infer<typeof HandoverView>;

/** The checklist items ticked off for one turn, by their keys (see checklistItems). */
export const TurnTicks = z.object({ date: CalendarDate, keys: z.array(z.string()) });
export type TurnTicks = z.infer<typeof TurnTicks>;

export const RotationSchedule = z.object({
  rotationId: Id,
  today: CalendarDate,
  occurrences: z.array(OccurrenceView),
  ledger: z.array(LedgerView),
  /** Every cover that took a turn from someone, in the order they were made. */
  debts: z.array(CoverDebtView),
  /** Swaps and covers that no longer apply, for the Changes list. */
  unapplied: z.array(UnappliedChangeView),
  handover: HandoverView.nullable(),
  /** For the shown turns that have ticks: what was ticked off. */
  ticks: z.array(TurnTicks),
});
export type RotationSchedule = z.infer<typeof RotationSchedule>;

const PreviewTurn = z.object({ status: OccurrenceView.shape.status, memberName: z.string().nullable(), reason: z.string().nullable() });
export const ChangePreview = z.object({
  changed: z.array(z.object({ date: CalendarDate, before: PreviewTurn, after: PreviewTurn })),
  counts: z.array(z.object({ memberId: Id, name: z.string(), before: z.number().int(), after: z.number().int() })),
  /** Swaps and covers made earlier that this change would leave without effect. */
  noLongerApplies: z.array(UnappliedChangeView),
  /** Topics that go with their presenter to another date, or back to the backlog (to: null). */
  topicMoves: z.array(z.object({ topicId: Id, title: z.string(), from: CalendarDate, to: CalendarDate.nullable() })),
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
  /** The rotation's zone: the turn's time is shown in it and, when that differs, in the viewer's. */
  timeZone: z.string(),
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
const ChangeInput = z.object({ rotationId: Id, change: RotationEdit });
/** How many scheduled dates to show or export, as the person chose. */
const Count = ScheduleLength.default(DEFAULT_SCHEDULE_LENGTH);

export const rotationOperations = {
  listRotations: op(z.object({ workspaceId: Id }), z.array(RotationSummary), 'The workspace’s rotations, by name, with who is next.'),
  createRotation: op(
    RotationForm.extend({ workspaceId: Id, turnLength: RotationSettings.shape.turnLength }),
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
    RotationSettingsChange.extend({ id: Id }),
    Rotation,
    'Changes a rotation’s name, cadence, time, turn length, cap or checklist; the settings left out stay; turns are recomputed from the start date.',
  ),
  deleteRotation: op(z.object({ id: Id }), z.object({ id: Id }), 'Deletes a rotation with its backlog and log.'),
  getRotationSchedule: op(
    z.object({ id: Id, from: CalendarDate.optional(), count: Count }),
    RotationSchedule,
    'The next occurrences from a date (today by default) with holders, topics, checklist ticks, the fairness ledger with covers owed, changes that no longer apply, and the latest handover with who it is for.',
  ),
  previewRotationChange: op(
    ChangeInput.extend({ count: Count }),
    ChangePreview,
    'What a change would do to upcoming turns (count of them from today, and past the dates it touches), counts and topics, without making it.',
  ),
  applyRotationChange: op(
    ChangeInput,
    Rotation,
    'Makes a change: skip a date, an absence, a swap, a cover, a member joining or leaving, a new order, or undoing one; assigned topics go with their presenters.',
  ),
  setChecklistTick: op(
    z.object({ rotationId: Id, date: CalendarDate, key: z.string().min(1).max(2_000), done: z.boolean() }),
    TurnTicks,
    'Ticks an item of a role’s checklist off for one turn, or unticks it; each turn starts with a fresh list.',
  ),

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
    z.object({ id: Id, count: ScheduleLength.default(26) }),
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
  exportRotationMarkdown: op(z.object({ id: Id, count: Count }), ExportedText, 'The schedule (count dates from today), fairness counts and session log as Markdown.'),
  writeRotationMarkdown: op(
    z.object({ id: Id, count: Count }),
    z.object({ path: z.string(), written: z.boolean() }),
    'Writes the Markdown export into the rotations/ subfolder of the workspace’s sync folder (which sync does not read); written is false when the file already said the same.',
  ),
};
