import type { Services } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/api-result';
import { toCalendarDate } from '../../../shared/domain/calendar-date';
import type { CoreContext } from '../core-context';
import { requireCurrentRevision, reviseDecision } from './decision-service';
import { decisionWithLinks } from './decision-view';

export function reviewServices(ctx: CoreContext): Pick<Services, 'markReviewed' | 'snoozeReview' | 'restoreRevision'> {
  return {
    // The review is a revision of its own even when the next date stays the same: who looked, and when,
    // is what the history is asked about later.
    markReviewed: ({ id, baseRevision, nextReviewBy }) =>
      ctx.write(() => {
        const current = requireCurrentRevision(ctx, id, baseRevision);
        requireFuture(ctx, nextReviewBy, 'nextReviewBy');
        const summary = nextReviewBy === null ? 'Reviewed; no further review planned' : `Reviewed; next review by ${nextReviewBy}`;
        const saved = current.content.reviewBy === nextReviewBy ? ctx.writer.revise(current, current.content, summary) : reviseDecision(ctx, current, { reviewBy: nextReviewBy }, summary);
        return decisionWithLinks(ctx, saved);
      }),

    snoozeReview: ({ id, baseRevision, until }) =>
      ctx.write(() => {
        const current = requireCurrentRevision(ctx, id, baseRevision);
        if (current.content.reviewBy === null) throw new AppError('invalid_input', 'This decision has no review-by date to snooze.', 'id');
        requireFuture(ctx, until, 'until');
        return decisionWithLinks(ctx, reviseDecision(ctx, current, { reviewBy: until }, `Review snoozed until ${until}`));
      }),

    restoreRevision: ({ id, baseRevision, revision }) =>
      ctx.write(() => {
        const current = requireCurrentRevision(ctx, id, baseRevision);
        if (revision === current.revision) throw new AppError('invalid_input', `Revision ${revision} is the current one; there is nothing to restore.`, 'revision');
        const earlier = ctx.revisions.find(id, revision);
        if (!earlier) throw new AppError('not_found', `Revision ${revision} of this decision not found`, 'revision');
        const saved = reviseDecision(ctx, current, earlier.content, `Restored revision ${revision}`);
        if (saved === current) throw new AppError('invalid_input', `Revision ${revision} says the same as the current one; there is nothing to restore.`, 'revision');
        return decisionWithLinks(ctx, saved);
      }),
  };
}

function requireFuture(ctx: CoreContext, date: string | null, field: string): void {
  const today = toCalendarDate(ctx.now());
  if (date !== null && date <= today) throw new AppError('invalid_input', `The next review date must be after today (${today}).`, field);
}
