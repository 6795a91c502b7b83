import { useState } from 'react';
import type { Goal } from '../../../shared/goals/goal';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { useCurrentGoalStore } from '../stores/current-goal-store';

/** Asks before a goal goes to the trash; the toast afterwards offers Undo. */
export function DeleteGoalDialog({ goal, checkInCount, onClose }: { goal: Goal; checkInCount: number; onClose: () => void }) {
  const remove = useCurrentGoalStore((state) => state.remove);
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
    <Dialog title="Delete goal?" onDismiss={onClose}>
      <div className="dialog-body">
        <p className="dialog-text">
          <strong>{goal.title}</strong> will be moved to the trash with its {checkInCount} {checkInCount === 1 ? 'check-in' : 'check-ins'}. You can undo this
          right after.
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
