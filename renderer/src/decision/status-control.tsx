import { useId, useRef, useState, type FormEvent } from 'react';
import type { Workspace } from '../../../shared/api/contract';
import { statusSourceWords, type Decision } from '../../../shared/domain/decision';
import { allowedStatuses, NO_STATUS, statusLabel } from '../../../shared/domain/decision-status';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { focusWhenReady } from '../focus/focus-when-ready';
import { CustomStatusDialog } from './custom-status-dialog';
import { changeStatus } from './decision-actions';

/**
 * Changes a decision's status on the spot, and lets a team add its own statuses. The status is
 * saved on an explicit "Apply", not on each arrow key in the select (a change of context must
 * follow a choice, WCAG 3.2.2); the focus is back on the select, showing the new status.
 */
export function StatusControl({ decision, workspace }: { decision: Decision; workspace: Workspace }) {
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [addingStatus, setAddingStatus] = useState(false);

  const conventionNote = statusSourceWords(decision.statusSource);
  const statuses = allowedStatuses(workspace.customStatuses);
  if (decision.status !== null && !statuses.includes(decision.status)) statuses.push(decision.status);
  const shown = chosen ?? decision.status ?? '';
  const changed = chosen !== null && chosen !== decision.status;

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    if (!changed || pending) return;
    setPending(true);
    setError(null);
    try {
      await changeStatus(decision, chosen);
      setChosen(null);
      focusWhenReady(() => select.current);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="side-section">
      <form className="status-form" onSubmit={(event) => void apply(event)}>
        <label htmlFor={`${id}-select`} className="side-title">
          Status
        </label>
        <div className="status-form-row">
          <select ref={select} id={`${id}-select`} className="select" value={shown} onChange={(event) => setChosen(event.target.value)}>
            {decision.status === null && (
              <option value="" disabled>
                {NO_STATUS}
              </option>
            )}
            {statuses.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </select>
          {/* aria-disabled while saving: a disabled button would drop the focus to the page. */}
          <button type="submit" className="button button-small" disabled={!changed && !pending} aria-disabled={pending || undefined}>
            {pending ? 'Applying…' : 'Apply'}
          </button>
        </div>
      </form>
      {conventionNote && <p className="field-hint">{conventionNote}</p>}
      <button type="button" className="button button-link side-action" onClick={() => setAddingStatus(true)}>
        Add custom status…
      </button>
      <ErrorAlert message={error} />
      {addingStatus && <CustomStatusDialog workspace={workspace} onClose={() => setAddingStatus(false)} />}
    </section>
  );
}
