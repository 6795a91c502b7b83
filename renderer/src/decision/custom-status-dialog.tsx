import { useState } from 'react';
import { statusLabel } from '../../../shared/domain/decision-status';
import { FormDialog } from '../components/form-dialog';
import { formFields } from '../forms/form-errors';
import { TextField } from '../forms/text-field';
import { showToast } from '../stores/toast-store';
import type { Workspace } from '../../../shared/api/contract';
import { addCustomStatus } from '../workspace/use-workspaces';
import { customStatusName } from './custom-status-name';

// The status goes to the API as the last of the workspace's custom statuses.
const FIELDS = formFields({ name: 'Status name' }, { aliases: { customStatuses: 'name' } });

/** Adds a status the team uses beyond the built-in ones (e.g. "on-hold") to the workspace. */
export function CustomStatusDialog({ workspace, onClose }: { workspace: Workspace; onClose: () => void }) {
  const [typed, setTyped] = useState('');
  const name = customStatusName(typed);

  const submit = async () => {
    await addCustomStatus(workspace, name);
    showToast(`Added status ${statusLabel(name)}`);
    onClose();
  };

  return (
    <FormDialog title="Custom status" onDismiss={onClose} onSubmit={submit} fields={FIELDS} submitLabel="Add status">
      <p className="dialog-text">Every decision in this workspace can then use it, beside the built-in statuses.</p>
      <TextField
        name="name"
        label="Status name"
        hint={name && name !== typed ? `Saved as “${name}”, shown as “${statusLabel(name)}”.` : 'Lower-case letters, digits and dashes.'}
        value={typed}
        onChange={setTyped}
        placeholder="e.g. on-hold"
      />
    </FormDialog>
  );
}
