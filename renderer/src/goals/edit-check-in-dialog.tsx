import { useId, useState, type FormEvent } from 'react';
import type { CheckIn } from '../../../shared/goals/goal';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { useCurrentGoalStore } from '../stores/current-goal-store';

/** Corrects one check-in of the history: its date, value, note or confidence. */
export function EditCheckInDialog({ checkIn, label, onClose }: { checkIn: CheckIn; label: string; onClose: () => void }) {
  const update = useCurrentGoalStore((state) => state.updateCheckIn);
  const id = useId();
  const [date, setDate] = useState(checkIn.date);
  const [value, setValue] = useState(String(checkIn.value));
  const [note, setNote] = useState(checkIn.note);
  const [confidence, setConfidence] = useState(checkIn.confidence === null ? '' : String(checkIn.confidence));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === '' || !Number.isFinite(Number(value))) {
      setError(`Value: "${value}" is not a number.`);
      return;
    }
    setBusy(true);
    try {
      await update({ id: checkIn.id, date, value: Number(value), note, confidence: confidence === '' ? null : Number(confidence) });
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Edit check-in" onDismiss={onClose}>
      <form className="dialog-body" onSubmit={submit} noValidate>
        <p className="dialog-text">
          <strong>{label}</strong>
        </p>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="date" className="input" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>Value</label>
          <input id={`${id}-value`} className="input" inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>Note</label>
          <input id={`${id}-note`} className="input" value={note} onChange={(event) => setNote(event.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-confidence`}>Confidence (0–10)</label>
          <select id={`${id}-confidence`} className="select" value={confidence} onChange={(event) => setConfidence(event.target.value)}>
            <option value="">—</option>
            {Array.from({ length: 11 }, (_, n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
