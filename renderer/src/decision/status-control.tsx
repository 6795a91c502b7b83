import { useId, useState } from 'react';
import { statusSourceWords, type Decision } from '../../../shared/domain/decision';
import { allowedStatuses, NO_STATUS, statusLabel } from '../../../shared/domain/decision-status';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { useCurrentDecisionStore } from '../stores/current-decision-store';
import { CustomStatusDialog } from './custom-status-dialog';

const ADD_CUSTOM = '\u0000add-custom-status';

/** Changes a decision's status on the spot (saved at once), and lets a team add its own statuses. */
export function StatusControl({ decision, customStatuses }: { decision: Decision; customStatuses: string[] }) {
  const changeStatus = useCurrentDecisionStore((state) => state.changeStatus);
  const id = useId();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [addingStatus, setAddingStatus] = useState(false);

  const conventionNote = statusSourceWords(decision.statusSource);
  const statuses = allowedStatuses(customStatuses);
  if (decision.status !== null && !statuses.includes(decision.status)) statuses.push(decision.status);

  const choose = async (status: string) => {
    if (status === ADD_CUSTOM) {
      setAddingStatus(true);
      return;
    }
    if (status === decision.status) return;
    setPending(status);
    setError(null);
    try {
      await changeStatus(status);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setPending(null);
    }
  };

  return (
    <section className="side-section">
      <label htmlFor={`${id}-select`} className="side-title">
        Status
      </label>
      <select
        id={`${id}-select`}
        className="select"
        value={pending ?? decision.status ?? ''}
        disabled={pending !== null}
        onChange={(event) => void choose(event.target.value)}
      >
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
        <option value={ADD_CUSTOM}>Add custom status…</option>
      </select>
      {conventionNote && <p className="field-hint">{conventionNote}</p>}
      <button type="button" className="button button-link side-action" onClick={() => setAddingStatus(true)}>
        Add custom status…
      </button>
      <ErrorAlert message={error} />
      {addingStatus && <CustomStatusDialog onClose={() => setAddingStatus(false)} />}
    </section>
  );
}
