import { addDays } from '../../../shared/domain/calendar-date';
import type { Decision } from '../../../shared/domain/decision';
import { decisionName } from '../decisions/decision-name';
import { queryClient } from '../queries/query-client';
import { mutate } from '../queries/run-mutation';
import { serverQuery } from '../queries/server-query';
import { showToast } from '../stores/toast-store';

/** How far "Mark reviewed" proposes the next review: decisions are looked at twice a year by default. */
export const NEXT_REVIEW_DAYS = 182;

/** The snoozes offered on a due review, shortest first. */
export const SNOOZES = [
  { days: 7, label: 'a week' },
  { days: 30, label: 'a month' },
] as const;

/**
 * The decision as the server has it now: a row of the review list carries no revision, and a review
 * must be saved on top of the newest one (a review never overwrites an edit made meanwhile).
 */
async function currentDecision(id: string): Promise<Decision> {
  return queryClient.fetchQuery({ ...serverQuery('getDecision', { id }), staleTime: 0 });
}

export async function markReviewed(id: string, nextReviewBy: string | null): Promise<void> {
  const decision = await currentDecision(id);
  await mutate('markReviewed', { id, baseRevision: decision.revision, nextReviewBy });
  showToast(`Marked ${decisionName(decision)} reviewed${nextReviewBy ? `; next review by ${nextReviewBy}` : ''}`);
}

export async function snoozeReview(id: string, today: string, days: number): Promise<void> {
  const decision = await currentDecision(id);
  const until = addDays(today, days);
  await mutate('snoozeReview', { id, baseRevision: decision.revision, until });
  showToast(`Review of ${decisionName(decision)} snoozed until ${until}`);
}
