import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { Decision, Id } from '../domain/decision';
import { op } from './operation';

/** Which decision, at the revision the user was looking at: a newer save first is a conflict. */
const DecisionAtRevision = z.object({ id: Id, baseRevision: z.number().int().positive() });

/** Looking at a decision again and bringing back what it said: each saves one new revision. */
export const reviewOperations = {
  markReviewed: op(
    DecisionAtRevision.extend({
      /** The next review-by date; null when the decision needs no further review. */
      nextReviewBy: CalendarDate.nullable(),
    }),
    Decision,
    'Records that the decision was reviewed (the revision names who) and sets its next review-by date.',
  ),
  snoozeReview: op(
    DecisionAtRevision.extend({ until: CalendarDate }),
    Decision,
    'Moves a due review to a later day without recording a review.',
  ),
  restoreRevision: op(
    DecisionAtRevision.extend({ revision: z.number().int().positive() }),
    Decision,
    'Saves what an earlier revision said as a new revision; the history keeps everything in between.',
  ),
};
