import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { Id } from '../domain/decision';

/** Which way a result should move: towards a target, or hold a line. */
export const RESULT_DIRECTIONS = ['increase', 'decrease', 'stay-at-or-above', 'stay-at-or-below'] as const;
export const ResultDirection = z.enum(RESULT_DIRECTIONS);
export type ResultDirection = z.infer<typeof ResultDirection>;

/** A count per period ("deploys 3 times a week") or one yes/no per occurrence ("the PR got a review within a day"). */
export const BEHAVIOR_KINDS = ['count', 'yes-no'] as const;
export const BehaviorKind = z.enum(BEHAVIOR_KINDS);
export type BehaviorKind = z.infer<typeof BehaviorKind>;

export const PERIODS = ['day', 'week', 'sprint'] as const;
export const Period = z.enum(PERIODS);
export type Period = z.infer<typeof Period>;

export const TARGET_COMPARISONS = ['at-least', 'at-most'] as const;
export const TargetComparison = z.enum(TARGET_COMPARISONS);
export type TargetComparison = z.infer<typeof TargetComparison>;

// Messages stand alone, naming their field in words, so a form shows them as they are.
const capital = (what: string) => what.charAt(0).toUpperCase() + what.slice(1);
// The message is made when a text is too long, not when the schema is: toLocaleString starts ICU,
// which took 25–55 ms of every `cairn` command's start, goals or not.
const Text = (what: string, max: number) => z.string().trim().max(max, { error: () => `Shorten the ${what} to ${max.toLocaleString('en')} characters` });
const Required = (what: string, max: number, missing = `${capital(what)} is required`) => Text(what, max).min(1, missing);
const Measurement = (what: string) =>
  z.number({ error: `${capital(what)} must be a number` }).refine(Number.isFinite, `${capital(what)} must be a finite number`);

/** The situation a goal lives in: who, for whom, and how they work. */
export const GoalContext = z.object({
  team: Text('team', 200).default(''),
  stakeholders: Text('stakeholders', 1000).default(''),
  wayOfWorking: Text('way of working', 5000).default(''),
  notes: Text('notes', 20_000).default(''),
});
export type GoalContext = z.infer<typeof GoalContext>;

/** A measurable result: how much, by when. */
export const ResultDefinition = z.object({
  metric: Required('metric', 200),
  unit: Text('unit', 40).default(''),
  baseline: Measurement('baseline'),
  target: Measurement('target'),
  direction: ResultDirection,
  deadline: CalendarDate,
});
export type ResultDefinition = z.infer<typeof ResultDefinition>;
export const GoalResult = ResultDefinition.extend({ id: Id });
export type GoalResult = z.infer<typeof GoalResult>;

/** A behavior someone can be seen doing, how often, and what prompts and follows it. */
export const BehaviorDefinition = z.object({
  who: Required('person or role', 200, 'Say who does it'),
  action: Required('description of what they do', 500, 'Say what they do'),
  kind: BehaviorKind.default('count'),
  comparison: TargetComparison.default('at-least'),
  targetCount: z
    .number({ error: 'Target must be a number' })
    .int('Target must be a whole number')
    .min(0, 'Target must not be negative')
    .max(10_000, 'Target is at most 10,000'),
  period: Period.default('week'),
  observedBy: Text('observer', 200).default(''),
  /** What prompts the behavior (reinforcement plan). */
  antecedent: Text('antecedent', 1000).default(''),
  /** What follows the behavior and makes it more likely again. */
  consequence: Text('consequence', 1000).default(''),
  /** The coach keeps it although the show-me check flags it; the flag stays visible. */
  keepAnyway: z.boolean().default(false),
});
export type BehaviorDefinition = z.infer<typeof BehaviorDefinition>;
export const GoalBehavior = BehaviorDefinition.extend({ id: Id });
export type GoalBehavior = z.infer<typeof GoalBehavior>;

/** A decision a goal links to, as the goal page shows it. */
export const LinkedDecision = z.object({
  id: Id,
  number: z.number().int(),
  title: z.string(),
  status: z.string(),
});
export type LinkedDecision = z.infer<typeof LinkedDecision>;

export const Goal = z.object({
  id: Id,
  workspaceId: Id,
  title: z.string(),
  context: GoalContext,
  /** The day the baseline was measured; the pace and the periods count from it. */
  startDate: CalendarDate,
  sprintLengthDays: z.number().int(),
  results: z.array(GoalResult),
  behaviors: z.array(GoalBehavior),
  linkedDecisions: z.array(LinkedDecision),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Goal = z.infer<typeof Goal>;

export const CHECK_IN_SUBJECTS = ['result', 'behavior'] as const;
export const CheckInSubject = z.enum(CHECK_IN_SUBJECTS);
export type CheckInSubject = z.infer<typeof CheckInSubject>;

export const CheckInValues = z.object({
  date: CalendarDate,
  value: Measurement('value'),
  note: Text('note', 2000).default(''),
  /** How sure the person checking in is of the value, 0–10. */
  confidence: z
    .number({ error: 'Confidence must be a number' })
    .int('Confidence must be a whole number')
    .min(0, 'Confidence runs from 0 to 10')
    .max(10, 'Confidence runs from 0 to 10')
    .nullable()
    .default(null),
});
export type CheckInValues = z.infer<typeof CheckInValues>;

export const CheckIn = CheckInValues.extend({
  id: Id,
  goalId: Id,
  subject: CheckInSubject,
  /** The result's or behavior's id. */
  subjectId: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CheckIn = z.infer<typeof CheckIn>;

export const GOAL_STATUSES = ['on-track', 'at-risk', 'off-track', 'no-data'] as const;
export const GoalStatus = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof GoalStatus>;

const STATUS_LABELS: Record<GoalStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'no-data': 'No check-ins yet',
};

export function goalStatusLabel(status: GoalStatus): string {
  return STATUS_LABELS[status];
}

/** The worst status among several; statuses without data count only when nothing else has data. */
export function worstStatus(statuses: readonly GoalStatus[]): GoalStatus {
  const order: GoalStatus[] = ['off-track', 'at-risk', 'on-track'];
  return order.find((status) => statuses.includes(status)) ?? 'no-data';
}
