import { toCalendarDate } from '../../../shared/domain/calendar-date';
import type { Decision } from '../../../shared/domain/decision';
import { decisionName } from '../decisions/decision-name';
import { ReviewButtons } from './review-buttons';
import { reviewTiming } from './review-timing';

/** The decision page's review: when it is due, and marking it reviewed or snoozing it there. */
export function DecisionReview({ decision }: { decision: Decision }) {
  if (decision.reviewBy === null) return null;
  const today = toCalendarDate(new Date());
  const timing = reviewTiming(decision.reviewBy, today);
  return (
    <section className="side-section">
      <h2 className="side-title">Review</h2>
      <p className={timing.overdue ? 'review-when-side is-overdue' : 'review-when-side'}>
        Review by <time dateTime={decision.reviewBy}>{decision.reviewBy}</time> · {timing.text}
      </p>
      <ReviewButtons decisionId={decision.id} name={decisionName(decision)} today={today} due={decision.reviewBy <= today} />
    </section>
  );
}
