import type { Decision } from '../../../shared/domain/decision';
import { FormDialog } from '../components/form-dialog';
import { decisionName } from '../decisions/decision-name';
import { useCurrentDecisionStore } from '../stores/current-decision-store';

/** Asks before a decision goes to the trash; the toast afterwards offers Undo. */
export function DeleteDecisionDialog({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const remove = useCurrentDecisionStore((state) => state.remove);
  return (
    <FormDialog title="Delete decision?" onDismiss={onClose} onSubmit={remove} submitLabel="Delete" tone="danger">
      <p className="dialog-text">
        <strong>{decisionName(decision)}</strong> will be moved to the trash, with its history and links. You can undo this right after.
      </p>
    </FormDialog>
  );
}
