import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/error-message';
import { CairnMark } from '../components/cairn-mark';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { useProfileStore } from '../stores/profile-store';

/** First start: asks for the name that will author every revision. Cannot be skipped. */
export function ProfileDialog() {
  const setName = useProfileStore((state) => state.setName);
  const [name, setNameText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await setName(name);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Welcome to Cairn" lead={<CairnMark className="welcome-mark" />}>
      <form className="dialog-body" onSubmit={submit}>
        <p className="dialog-text">
          Cairn keeps your team&apos;s architecture decisions: what was decided, by whom, and why. Each decision is a
          marker the next person can follow.
        </p>
        <div className="field">
          <label htmlFor="profile-name">Your name</label>
          <input
            id="profile-name"
            className="input"
            value={name}
            onChange={(event) => setNameText(event.target.value)}
            autoComplete="name"
            aria-describedby="profile-name-hint"
          />
          <p id="profile-name-hint" className="field-hint">
            It goes on every revision you save, so the history shows who changed what.
          </p>
        </div>
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Continue
          </button>
        </div>
      </form>
    </Dialog>
  );
}
