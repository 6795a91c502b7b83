import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { Id } from '../domain/decision';
import {
  BehaviorDefinition,
  CheckIn,
  CheckInSubject,
  CheckInValues,
  Goal,
  GoalStatus,
  ResultDefinition,
} from '../goals/goal';
import { GoalDefinitionForm } from '../goals/goal-form';
import { op } from './operation';

/**
 * What a person writes to define a goal: the editor's form, so the API refuses what the form refuses,
 * in the same words. The start date defaults to today; results and behaviors keep their id when
 * edited (the lists repeat the form's limits and messages, with an id on each item).
 */
const GoalDefinition = GoalDefinitionForm.extend({
  startDate: CalendarDate.optional(),
  results: z.array(ResultDefinition.extend({ id: Id.optional() })).min(1, 'Add at least one result').max(20, 'A goal has at most 20 results'),
  behaviors: z.array(BehaviorDefinition.extend({ id: Id.optional() })).min(1, 'Add at least one behavior').max(30, 'A goal has at most 30 behaviors'),
});
export type GoalDefinitionInput = z.input<typeof GoalDefinition>;

const Measurement = z.object({ date: CalendarDate, value: z.number() });

export const ResultProgress = z.object({
  resultId: Id,
  latest: Measurement.nullable(),
  /** The confidence (0–10) given with the latest value; null when none was given. */
  latestConfidence: z.number().int().nullable(),
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
    z.object({
      start: CalendarDate,
      end: CalendarDate,
      label: z.string(),
      total: z.number(),
      checkIns: z.number().int(),
      /** A period without a check-in has no data: it is not a zero. */
      hasData: z.boolean(),
      met: z.boolean(),
    }),
  ),
  /** The average over the periods with data. */
  perPeriod: z.number().nullable(),
  periodsWithData: z.number().int(),
  periodsWithoutData: z.number().int(),
  formula: z.string(),
  status: GoalStatus,
  statusFormula: z.string(),
  weeklyTotals: z.array(z.object({ weekStart: CalendarDate, total: z.number(), hasData: z.boolean() })),
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
