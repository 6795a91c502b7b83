import { useState } from 'react';
import { errorMessage } from '../api/error-message';
import { showToast } from '../stores/toast-store';
import { MarkReviewedDialog } from './mark-reviewed-dialog';
import { snoozeReview, SNOOZES } from './review-actions';

/**
 * "Mark reviewed…" and, once the review is due, the snoozes: a snooze is "remind me later than now",
 * so a review still to come has none (it would bring the date closer).
 */
export function ReviewButtons({ decisionId, name, today, due }: { decisionId: string; name: string; today: string; due: boolean }) {
  const [marking, setMarking] = useState(false);
  const [pending, setPending] = useState(false);

  const snooze = async (days: number) => {
    if (pending) return;
    setPending(true);
    try {
      await snoozeReview(decisionId, today, days);
    } catch (error) {
      showToast(`Could not snooze the review: ${errorMessage(error)}`);
    } finally {
      setPending(false);
    }
  };

  return (
    <span className="review-buttons">
      <button type="button" className="button button-small" aria-label={`Mark reviewed: ${name}`} onClick={() => setMarking(true)}>
        Mark reviewed…
      </button>
      {due &&
        SNOOZES.map((snoozeOption) => (
        <button
          key={snoozeOption.days}
          type="button"
          className="button button-small button-quiet"
          aria-disabled={pending || undefined}
          aria-label={`Snooze ${snoozeOption.label}: ${name}`}
          onClick={() => void snooze(snoozeOption.days)}
        >
          Snooze {snoozeOption.label}
        </button>
      ))}
      {marking && <MarkReviewedDialog decisionId={decisionId} name={name} today={today} onClose={() => setMarking(false)} />}
    </span>
  );
}
