import type { TeamTemplate } from '../../../shared/templates/team-template';
import { FormDialog } from '../components/form-dialog';
import { mutate } from '../queries/run-mutation';
import { showToast } from '../stores/toast-store';

/** Asks before a team template is deleted: it cannot be brought back, though decisions made from it keep their text. */
export function DeleteTemplateDialog({ template, onClose }: { template: TeamTemplate; onClose: () => void }) {
  const remove = async () => {
    await mutate('deleteTeamTemplate', { id: template.id });
    showToast(`Deleted template ${template.name}`);
    onClose();
  };
  return (
    <FormDialog title="Delete template?" onDismiss={onClose} onSubmit={remove} submitLabel="Delete" tone="danger">
      <p className="dialog-text">
        <strong>{template.name}</strong> will no longer be offered for new decisions. Decisions already made from it keep their text. This cannot be undone.
      </p>
    </FormDialog>
  );
}
