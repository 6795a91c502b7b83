import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { Id } from '../domain/decision';
import {
  BehaviorDefinition,
  CheckIn,
  CheckInSubject,
  CheckInValues,
  Goal,
  GoalContext,
  GoalStatus,
  ResultDefinition,
} from '../goals/goal';
import { op } from './operation';

const Title = z.string().trim().min(1, 'title must not be empty').max(300, 'title is longer than 300 characters');

/** What a person writes to define a goal; results and behaviors keep their id when edited. */
const GoalDefinition = z.object({
  title: Title,
  context: GoalContext.default({ team: '', stakeholders: '', wayOfWorking: '', notes: '' }),
  /** The day the baseline was measured; today when left out. */
  startDate: CalendarDate.optional(),
  sprintLengthDays: z.number().int('sprint length must be whole days').min(1, 'a sprint is at least 1 day').max(42, 'a sprint is at most 42 days').default(14),
  results: z.array(ResultDefinition.extend({ id: Id.optional() })).min(1, 'a goal needs at least one result').max(20, 'more than 20 results'),
  behaviors: z.array(BehaviorDefinition.extend({ id: Id.optional() })).min(1, 'a goal needs at least one behavior').max(30, 'more than 30 behaviors'),
});
export type GoalDefinitionInput = z.input<typeof GoalDefinition>;

const Measurement = z.object({ date: CalendarDate, value: z.number() });

export const ResultProgress = z.object({
  resultId: Id,
  latest: Measurement.nullable(),
  percent: z.number().nullable(),
  percentFormula: z.string(),
  status: GoalStatus,
  statusFormula: z.string(),
  verdicts: z.array(Measurement.extend({ pass: z.boolean() })),
});
export type ResultProgress = z.infer<typeof ResultProgress>;

export const BehaviorProgress = z.object({
  behaviorId: Id,
  periods: z.array(
    z.object({ start: CalendarDate, end: CalendarDate, label: z.string(), total: z.number(), checkIns: z.number().int(), met: z.boolean() }),
  ),
  perPeriod: z.number().nullable(),
  formula: z.string(),
  status: GoalStatus,
  statusFormula: z.string(),
  weeklyTotals: z.array(z.object({ weekStart: CalendarDate, total: z.number() })),
});
export type BehaviorProgress = z.infer<typeof BehaviorProgress>;

/** A goal with its check-ins (oldest first) and its progress as of today. */
export const GoalView = z.object({
  goal: Goal,
  checkIns: z.array(CheckIn),
  progress: z.object({ status: GoalStatus, results: z.array(ResultProgress), behaviors: z.array(BehaviorProgress) }),
  today: CalendarDate,
});
export type GoalView = z.infer<typeof GoalView>;

export const GoalSummary = z.object({
  id: Id,
  title: z.string(),
  team: z.string(),
  status: GoalStatus,
  resultCount: z.number().int(),
  behaviorCount: z.number().int(),
  /** Behaviors kept although the show-me check flags them. */
  flaggedBehaviorCount: z.number().int(),
  lastCheckIn: CalendarDate.nullable(),
  /** The first result's check-ins, oldest first, for a small trend line. */
  trend: z.object({ metric: z.string(), target: z.number(), points: z.array(Measurement) }).nullable(),
});
export type GoalSummary = z.infer<typeof GoalSummary>;

const CheckInEntry = CheckInValues.omit({ date: true }).extend({ subject: CheckInSubject, subjectId: Id });

export const goalOperations = {
  listGoals: op(z.object({ workspaceId: Id }), z.array(GoalSummary), 'The live goals of a workspace with their status, by title.'),
  getGoal: op(z.object({ id: Id }), GoalView, 'One goal with its check-ins and progress.'),
  createGoal: op(GoalDefinition.extend({ workspaceId: Id }), GoalView, 'Defines a goal: context, results, then behaviors that pass the show-me check (or are kept anyway).'),
  updateGoal: op(
    GoalDefinition.extend({ id: Id }),
    GoalView,
    'Replaces a goal\'s definition; results and behaviors left out are removed with their check-ins.',
  ),
  deleteGoal: op(z.object({ id: Id }), z.object({ id: Id }), 'Moves a goal to the trash (restorable).'),
  restoreGoal: op(z.object({ id: Id }), GoalView, 'Brings a deleted goal back (undo).'),
  recordCheckIns: op(
    z.object({ goalId: Id, date: CalendarDate, entries: z.array(CheckInEntry).min(1, 'enter at least one value').max(50) }),
    GoalView,
    'Records check-ins for several results and behaviors of a goal on one date, in one transaction.',
  ),
  updateCheckIn: op(z.object({ id: Id }).extend(CheckInValues.shape), GoalView, 'Corrects a check-in\'s date, value, note or confidence.'),
  deleteCheckIn: op(z.object({ id: Id }), GoalView, 'Removes a check-in.'),
  linkGoalDecision: op(z.object({ goalId: Id, decisionId: Id }), GoalView, 'Links a goal to a decision, e.g. the ADR that introduced trunk-based development.'),
  unlinkGoalDecision: op(z.object({ goalId: Id, decisionId: Id }), GoalView, 'Removes a goal\'s link to a decision.'),
};
