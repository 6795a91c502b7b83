import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { navigate } from '../router';
import { useSessionListStore } from '../stores/session-list-store';

interface StartSessionDialogProps {
  workspaceId: string;
  /** The decision to hold the session on; without it the session starts a new decision. */
  decision?: { id: string; name: string };
  onClose: () => void;
}

/** Starts a facilitated session, on an existing decision or on a new one named here. */
export function StartSessionDialog({ workspaceId, decision, onClose }: StartSessionDialogProps) {
  const id = useId();
  const start = useSessionListStore((state) => state.start);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const session = await start(decision ? { workspaceId, decisionId: decision.id } : { workspaceId, title });
      onClose();
      navigate({ name: 'session', id: session.id });
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Start a decision session" onDismiss={onClose} size="medium">
      <form className="dialog-body" onSubmit={submit}>
        {decision ? (
          <p className="dialog-text">
            The session works on <strong>{decision.name}</strong>: what it already says comes along, and finishing the session saves
            the outcome as its next revision.
          </p>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-title`}>What are you deciding?</label>
            <input
              id={`${id}-title`}
              className="input input-large"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              placeholder="e.g. Pick a message broker for orders"
              autoComplete="off"
              aria-describedby={`${id}-hint`}
            />
            <p id={`${id}-hint`} className="field-hint">
              A new proposed decision is created with this title; the session fills it in as you go.
            </p>
          </div>
        )}
        <p className="dialog-text">
          Six timeboxed phases, about 45 minutes: frame, drivers, options, concerns, evaluate, outcome. You can change every
          timebox and go back to any phase.
        </p>
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Start the session
          </button>
        </div>
      </form>
    </Dialog>
  );
}
