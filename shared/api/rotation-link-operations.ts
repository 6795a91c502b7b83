import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { Id } from '../domain/decision';
import { op } from './operation';

/** A goal behavior a rotation's held sessions count toward. */
export const BehaviorTarget = z.object({
  goalId: Id,
  goalTitle: z.string(),
  behaviorId: Id,
  who: z.string(),
  action: z.string(),
});
export type BehaviorTarget = z.infer<typeof BehaviorTarget>;

/** A logged rotation session, as a decision's or goal's page lists it. */
export const RotationSessionLink = z.object({
  rotationId: Id,
  rotationName: z.string(),
  date: CalendarDate,
  holderName: z.string().nullable(),
  topic: z.string().nullable(),
  summary: z.string(),
});
export type RotationSessionLink = z.infer<typeof RotationSessionLink>;

export const rotationLinkOperations = {
  listBehaviorTargets: op(
    z.object({ workspaceId: Id }),
    z.array(BehaviorTarget),
    'Every behavior of the workspace’s live goals, by goal title: what a rotation can count toward.',
  ),
  getRotationBehavior: op(z.object({ rotationId: Id }), BehaviorTarget.nullable(), 'The goal behavior a rotation’s sessions count toward, if any.'),
  setRotationBehavior: op(
    z.object({ rotationId: Id, behaviorId: Id.nullable() }),
    BehaviorTarget.nullable(),
    'Makes every logged session of the rotation count toward a goal behavior (one check-in of 1 per session date, from the goal’s start), or with null stops it and removes those check-ins.',
  ),
  listDecisionRotationSessions: op(z.object({ decisionId: Id }), z.array(RotationSessionLink), 'The logged rotation sessions that were about a decision, newest first.'),
  listGoalRotationSessions: op(z.object({ goalId: Id }), z.array(RotationSessionLink), 'The logged rotation sessions that were about a goal, newest first.'),
};
