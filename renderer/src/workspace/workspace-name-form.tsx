import { useId, useState, type ReactNode, type FormEvent } from 'react';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { navigate } from '../router';
import { showToast } from '../stores/toast-store';
import { useWorkspaceStore } from '../stores/workspace-store';

interface WorkspaceNameFormProps {
  /** Buttons shown before "Create workspace", e.g. Cancel in the dialog. */
  extraActions?: ReactNode;
  onCreated?: () => void;
}

/** Names and creates a workspace, then opens its (empty) decision list. */
export function WorkspaceNameForm({ extraActions, onCreated }: WorkspaceNameFormProps) {
  const create = useWorkspaceStore((state) => state.create);
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const workspace = await create(name);
      onCreated?.();
      navigate({ name: 'home' });
      showToast(`Created workspace ${workspace.name}`);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <form className="workspace-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>Workspace name</label>
        <input
          id={id}
          className="input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder="e.g. Payments platform"
          autoComplete="off"
        />
      </div>
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        {extraActions}
        <button type="submit" className="button button-primary" disabled={busy}>
          Create workspace
        </button>
      </div>
    </form>
  );
}
