import { useState } from 'react';
import { FormAlert } from '../forms/form-alert';
import { Form } from '../forms/form';
import { formFields } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { TextField } from '../forms/text-field';
import { navigate } from '../router';
import { showToast } from '../stores/toast-store';
import { createWorkspace } from './use-workspaces';

export const WORKSPACE_NAME_FIELDS = formFields({ name: 'Workspace name' });

/** The name typed for a new workspace, and the action that creates it and opens its (empty) home. */
export function useNewWorkspace(onCreated?: () => void) {
  const [name, setName] = useState('');
  const submit = async () => {
    const workspace = await createWorkspace(name);
    onCreated?.();
    navigate({ name: 'home' });
    showToast(`Created workspace ${workspace.name}`);
  };
  return { name, setName, submit };
}

/** The workspace name field of the first-workspace page and the "New workspace" dialog. */
export function WorkspaceNameField({ name, setName }: { name: string; setName: (name: string) => void }) {
  return (
<TextField name="name" label="Workspace name" value={name} onChange={setName} placeholder="e.g. Payments platform" />
  );
}

/** Names and creates the first workspace, on the page shown before there is any. */
export function WorkspaceNameForm() {
  const workspace = useNewWorkspace();
  return (
    <Form className="workspace-form" onSubmit={workspace.submit} fields={WORKSPACE_NAME_FIELDS}>
      <WorkspaceNameField name={workspace.name} setName={workspace.setName} />
      <FormAlert />
      <div className="dialog-actions">
        <SubmitButton>Create workspace</SubmitButton>
      </div>
    </Form>
  );
}
