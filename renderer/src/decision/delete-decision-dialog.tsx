import { useState } from 'react';
import type { Decision } from '../../../shared/domain/decision';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { decisionName } from '../decisions/decision-name';
import { useCurrentDecisionStore } from '../stores/current-decision-store';

/** Asks before a decision goes to the trash; the toast afterwards offers Undo. */
export function DeleteDecisionDialog({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const remove = useCurrentDecisionStore((state) => state.remove);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await remove();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Delete decision?" onDismiss={onClose}>
      <div className="dialog-body">
        <p className="dialog-text">
          <strong>{decisionName(decision)}</strong> will be moved to the trash, with its history and links. You can undo
          this right after.
        </p>
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={() => void confirm()} disabled={busy}>
            Delete
          </button>
        </div>
      </div>
    </Dialog>
  );
}
