import { useState } from 'react';
import { addDays } from '../../../shared/domain/calendar-date';
import { FormDialog } from '../components/form-dialog';
import { formFields } from '../forms/form-errors';
import { TextField } from '../forms/text-field';
import { markReviewed, NEXT_REVIEW_DAYS } from './review-actions';

const FIELDS = formFields({ nextReviewBy: 'Next review by' });

/**
 * Records that a decision was looked at again: its history names who reviewed it, and the next
 * review-by date (proposed half a year on) brings it back to the list then.
 */
export function MarkReviewedDialog({ decisionId, name, today, onClose }: { decisionId: string; name: string; today: string; onClose: () => void }) {
  const [next, setNext] = useState(addDays(today, NEXT_REVIEW_DAYS));
  const [noFurther, setNoFurther] = useState(false);

  const submit = async () => {
    await markReviewed(decisionId, noFurther ? null : next);
    onClose();
  };

  return (
    <FormDialog title="Mark reviewed" onDismiss={onClose} onSubmit={submit} fields={FIELDS} submitLabel="Mark reviewed" pendingLabel="Saving…">
      <p className="dialog-text">
        {name} still holds. The history records that you reviewed it today ({today}).
      </p>
      {!noFurther && <TextField name="nextReviewBy" label="Next review by" type="date" value={next} onChange={setNext} hint="When it should come up for review again." />}
      <label className="checkbox-label">
        <input type="checkbox" className="checkbox" checked={noFurther} onChange={(event) => setNoFurther(event.target.checked)} />
        No further review
      </label>
    </FormDialog>
  );
}
