import { useId, useState, type FormEvent } from 'react';
import { statusLabel } from '../../../shared/domain/decision-status';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { showToast } from '../stores/toast-store';
import { useWorkspaceStore } from '../stores/workspace-store';
import { customStatusName } from './custom-status-name';

/** Adds a status the team uses beyond the built-in ones (e.g. "on-hold") to the workspace. */
export function CustomStatusDialog({ onClose }: { onClose: () => void }) {
  const addCustomStatus = useWorkspaceStore((state) => state.addCustomStatus);
  const id = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = customStatusName(typed);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await addCustomStatus(name);
      showToast(`Added status ${statusLabel(name)}`);
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Custom status" onDismiss={onClose}>
      <form className="dialog-body" onSubmit={submit}>
        <p className="dialog-text">Every decision in this workspace can then use it, beside the built-in statuses.</p>
        <div className="field">
          <label htmlFor={id}>Status name</label>
          <input
            id={id}
            className="input"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            placeholder="e.g. on-hold"
            autoComplete="off"
            aria-describedby={`${id}-hint`}
          />
          <p id={`${id}-hint`} className="field-hint">
            {name && name !== typed ? `Saved as “${name}”, shown as “${statusLabel(name)}”.` : 'Lower-case letters, digits and dashes.'}
          </p>
        </div>
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Add status
          </button>
        </div>
      </form>
    </Dialog>
  );
}
