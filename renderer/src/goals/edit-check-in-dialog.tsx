import { useState } from 'react';
import type { CheckIn } from '../../../shared/goals/goal';
import { FormDialog } from '../components/form-dialog';
import { Field } from '../forms/field';
import { formFields } from '../forms/form-errors';
import { FormProblem } from '../forms/form-problem';
import { useCurrentGoalStore } from '../stores/current-goal-store';
import { ConfidenceOptions } from './confidence-options';

const FIELDS = formFields({ date: 'Date', value: 'Value', note: 'Note', confidence: 'Confidence' });

/** Corrects one check-in of the history: its date, value, note or confidence. */
export function EditCheckInDialog({ checkIn, label, onClose }: { checkIn: CheckIn; label: string; onClose: () => void }) {
  const update = useCurrentGoalStore((state) => state.updateCheckIn);
  const [date, setDate] = useState(checkIn.date);
  const [value, setValue] = useState(String(checkIn.value));
  const [note, setNote] = useState(checkIn.note);
  const [confidence, setConfidence] = useState(checkIn.confidence === null ? '' : String(checkIn.confidence));

  const submit = async () => {
    if (value.trim() === '' || !Number.isFinite(Number(value))) throw new FormProblem({ field: 'value', message: `Value: "${value}" is not a number.` });
    await update({ id: checkIn.id, date, value: Number(value), note, confidence: confidence === '' ? null : Number(confidence) });
    onClose();
  };

  return (
    <FormDialog title="Edit check-in" onDismiss={onClose} onSubmit={submit} fields={FIELDS} submitLabel="Save">
      <p className="dialog-text">
        <strong>{label}</strong>
      </p>
      <Field name="date" label="Date">
        {(control) => <input {...control} type="date" className="input" value={date} onChange={(event) => setDate(event.target.value)} />}
      </Field>
      <Field name="value" label="Value">
        {(control) => <input {...control} className="input" inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} autoComplete="off" />}
      </Field>
      <Field name="note" label="Note">
        {(control) => <input {...control} className="input" value={note} onChange={(event) => setNote(event.target.value)} autoComplete="off" />}
      </Field>
      <Field name="confidence" label="Confidence (0–10)">
        {(control) => (
          <select {...control} className="select" value={confidence} onChange={(event) => setConfidence(event.target.value)}>
            <ConfidenceOptions />
          </select>
        )}
      </Field>
    </FormDialog>
  );
}
