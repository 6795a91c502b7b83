import type { RevisionSummary } from '../../../shared/api/contract';
import type { Decision } from '../../../shared/domain/decision';
import { FormDialog } from '../components/form-dialog';
import { decisionName } from '../decisions/decision-name';
import { mutate } from '../queries/run-mutation';
import { navigate } from '../router';
import { showToast } from '../stores/toast-store';

/**
 * Brings back what an earlier revision said, as a new revision on top: nothing in between is lost,
 * so the restore itself can be undone by restoring the revision before it.
 */
export function RestoreRevisionDialog({ decision, revision, onClose }: { decision: Decision; revision: RevisionSummary; onClose: () => void }) {
  const next = decision.revision + 1;
  const submit = async () => {
    const saved = await mutate('restoreRevision', { id: decision.id, baseRevision: decision.revision, revision: revision.revision });
    showToast(`Restored revision ${revision.revision} of ${decisionName(saved)} as revision ${saved.revision}`);
    onClose();
    navigate({ name: 'decision', id: decision.id });
  };
  return (
    <FormDialog title={`Restore revision ${revision.revision}?`} onDismiss={onClose} onSubmit={submit} submitLabel="Restore" pendingLabel="Restoring…">
      <p className="dialog-text">
        {decisionName(decision)} will say again what it said in revision {revision.revision} ({revision.summary}). This is saved as revision {next};{' '}
        {revision.revision + 1 === decision.revision ? `revision ${decision.revision} stays` : `revisions ${revision.revision + 1}–${decision.revision} stay`} in the history.
      </p>
    </FormDialog>
  );
}
