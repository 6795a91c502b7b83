import { Dialog } from '../components/dialog';
import { useUiStore } from '../stores/ui-store';
import { WorkspaceNameForm } from './workspace-name-form';

/** Adds another workspace (another team's or product's log) from the header. */
export function NewWorkspaceDialog() {
  const setOpen = useUiStore((state) => state.setNewWorkspaceOpen);
  const close = () => setOpen(false);
  return (
    <Dialog title="New workspace" onDismiss={close}>
      <div className="dialog-body">
        <p className="dialog-text">Each workspace has its own numbered decisions and custom statuses.</p>
        <WorkspaceNameForm
          onCreated={close}
          extraActions={
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          }
        />
      </div>
    </Dialog>
  );
}
