import { useState } from 'react';
import type { CheckIn } from '../../../shared/goals/goal';
import { FormDialog } from '../components/form-dialog';
import { formFields } from '../forms/form-errors';
import { FormProblem } from '../forms/form-problem';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';
import { ConfidenceOptions } from './confidence-options';
import { updateCheckIn } from './goal-actions';

const FIELDS = formFields({ date: 'Date', value: 'Value', note: 'Note', confidence: 'Confidence' });

/** Corrects one check-in of the history: its date, value, note or confidence. */
export function EditCheckInDialog({ checkIn, label, onClose }: { checkIn: CheckIn; label: string; onClose: () => void }) {
  const [date, setDate] = useState(checkIn.date);
  const [value, setValue] = useState(String(checkIn.value));
  const [note, setNote] = useState(checkIn.note);
  const [confidence, setConfidence] = useState(checkIn.confidence === null ? '' : String(checkIn.confidence));

  const submit = async () => {
    if (value.trim() === '' || !Number.isFinite(Number(value))) throw new FormProblem({ field: 'value', message: `Value: "${value}" is not a number.` });
    await updateCheckIn({ id: checkIn.id, date, value: Number(value), note, confidence: confidence === '' ? null : Number(confidence) });
    onClose();
  };

  return (
    <FormDialog title="Edit check-in" onDismiss={onClose} onSubmit={submit} fields={FIELDS} submitLabel="Save">
      <p className="dialog-text">
        <strong>{label}</strong>
      </p>
      <TextField name="date" label="Date" type="date" value={date} onChange={setDate} />
      <TextField name="value" label="Value" inputMode="decimal" value={value} onChange={setValue} />
      <TextField name="note" label="Note" value={note} onChange={setNote} />
      <SelectField name="confidence" label="Confidence (0–10)" value={confidence} onChange={setConfidence}>
        <ConfidenceOptions />
      </SelectField>
    </FormDialog>
  );
}
