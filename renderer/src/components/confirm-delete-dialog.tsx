import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api/error-message';
import { Dialog } from './dialog';
import { ErrorAlert } from './error-alert';

export interface ConfirmDeleteDialogProps {
  title: string;
  /** What goes to the trash, and with what. */
  children: ReactNode;
  /** Moves the record to the trash; its failure is shown in the dialog, which stays open. */
  onDelete: () => Promise<unknown>;
  onClose: () => void;
}

/** Asks before a record goes to the trash; the toast afterwards offers Undo. */
export function ConfirmDeleteDialog({ title, children, onDelete, onClose }: ConfirmDeleteDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await onDelete();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onDismiss={onClose}>
      <div className="dialog-body">
        <p className="dialog-text">{children}</p>
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
