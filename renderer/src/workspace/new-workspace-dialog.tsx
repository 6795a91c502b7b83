import { FormDialog } from '../components/form-dialog';
import { useUiStore } from '../stores/ui-store';
import { useNewWorkspace, WORKSPACE_NAME_FIELDS, WorkspaceNameField } from './workspace-name-form';

/** Adds another workspace (another team's or product's log) from the header. */
export function NewWorkspaceDialog() {
  const setOpen = useUiStore((state) => state.setNewWorkspaceOpen);
  const close = () => setOpen(false);
  const workspace = useNewWorkspace(close);
  return (
    <FormDialog title="New workspace" onDismiss={close} onSubmit={workspace.submit} fields={WORKSPACE_NAME_FIELDS} submitLabel="Create workspace">
      <p className="dialog-text">Each workspace has its own numbered decisions and custom statuses.</p>
      <WorkspaceNameField name={workspace.name} setName={workspace.setName} />
    </FormDialog>
  );
}
