import { useId, useState, type FormEvent } from 'react';
import type { GoalView } from '../../../shared/api/goal-operations';
import type { CheckInSubject } from '../../../shared/goals/goal';
import { withUnit } from '../../../shared/goals/number-text';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { useCurrentGoalStore } from '../stores/current-goal-store';
import { showToast } from '../stores/toast-store';

interface Row {
  subject: CheckInSubject;
  subjectId: string;
  label: string;
  hint: string;
  yesNo: boolean;
  value: string;
  note: string;
  confidence: string;
}

function rowsOf(view: GoalView): Row[] {
  const empty = { value: '', note: '', confidence: '' };
  return [
    ...view.goal.results.map((r) => ({ subject: 'result' as const, subjectId: r.id, label: r.metric, hint: r.unit ? `in ${r.unit}` : `target ${withUnit(r.target, r.unit)}`, yesNo: false, ...empty })),
    ...view.goal.behaviors.map((b) => ({
      subject: 'behavior' as const,
      subjectId: b.id,
      label: `${b.who} ${b.action}`,
      hint: b.kind === 'yes-no' ? 'did it happen this time?' : `times this ${b.period === 'day' ? 'day' : 'check-in'}`,
      yesNo: b.kind === 'yes-no',
      ...empty,
    })),
  ];
}

/** Quick entry for a whole goal: one date, one row per result and behavior; rows left empty are skipped. */
export function CheckInDialog({ view, onClose }: { view: GoalView; onClose: () => void }) {
  const record = useCurrentGoalStore((state) => state.recordCheckIns);
  const id = useId();
  const [date, setDate] = useState(view.today);
  const [rows, setRows] = useState(() => rowsOf(view));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (index: number, patch: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const filled = rows.filter((row) => row.value.trim() !== '');
    if (filled.length === 0) {
      setError('Enter a value for at least one result or behavior.');
      return;
    }
    const notANumber = filled.find((row) => !Number.isFinite(Number(row.value)));
    if (notANumber) {
      setError(`${notANumber.label}: "${notANumber.value}" is not a number.`);
      return;
    }
    setBusy(true);
    try {
      await record({
        date,
        entries: filled.map((row) => ({
          subject: row.subject,
          subjectId: row.subjectId,
          value: Number(row.value),
          note: row.note,
          confidence: row.confidence === '' ? null : Number(row.confidence),
        })),
      });
      showToast(`Checked in ${filled.length} ${filled.length === 1 ? 'value' : 'values'} for ${date}`);
      onClose();
    } catch (failure) {
      setError(labelled(errorMessage(failure), filled));
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Check in: ${view.goal.title}`} onDismiss={onClose} size="medium">
      <form className="dialog-body check-in-form" onSubmit={submit} noValidate>
        <div className="field check-in-date">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="date" className="input" value={date} min={view.goal.startDate} max={view.today} onChange={(event) => setDate(event.target.value)} required />
        </div>
        <table className="check-in-table">
          <thead>
            <tr>
              <th scope="col">Result or behavior</th>
              <th scope="col">Value</th>
              <th scope="col">Note</th>
              <th scope="col">
                Confidence <span className="field-hint">0–10</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.subjectId}>
                <th scope="row" id={`${id}-row-${index}`}>
                  <span className="check-in-kind">{row.subject === 'result' ? 'Result' : 'Behavior'}</span>
                  {row.label}
                  <span className="field-hint">{row.hint}</span>
                </th>
                <td>
                  {row.yesNo ? (
                    <select className="select" aria-label={`${row.label}: value`} value={row.value} onChange={(event) => change(index, { value: event.target.value })}>
                      <option value="">Not recorded</option>
                      <option value="1">Yes</option>
                      <option value="0">No</option>
                    </select>
                  ) : (
                    <input className="input check-in-value" inputMode="decimal" aria-label={`${row.label}: value`} value={row.value} onChange={(event) => change(index, { value: event.target.value })} autoComplete="off" />
                  )}
                </td>
                <td>
                  <input className="input" aria-label={`${row.label}: note`} value={row.note} onChange={(event) => change(index, { note: event.target.value })} autoComplete="off" />
                </td>
                <td>
                  <select className="select check-in-confidence" aria-label={`${row.label}: confidence`} value={row.confidence} onChange={(event) => change(index, { confidence: event.target.value })}>
                    <option value="">—</option>
                    {Array.from({ length: 11 }, (_, n) => (
                      <option key={n} value={String(n)}>
                        {n}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Save check-in
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Puts the row's name in front of an error that points at "entries.N…", which only the code knows by number. */
function labelled(message: string, filled: Row[]): string {
  const match = /^entries\.(\d+)\.\w+: (.*)$/.exec(message);
  const row = match ? filled[Number(match[1])] : undefined;
  return row && match ? `${row.label}: ${match[2]}` : message;
}
