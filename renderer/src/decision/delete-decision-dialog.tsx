import type { Decision } from '../../../shared/domain/decision';
import { ConfirmDeleteDialog } from '../components/confirm-delete-dialog';
import { decisionName } from '../decisions/decision-name';
import { useCurrentDecisionStore } from '../stores/current-decision-store';

/** Asks before a decision goes to the trash; the toast afterwards offers Undo. */
export function DeleteDecisionDialog({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const remove = useCurrentDecisionStore((state) => state.remove);
  return (
    <ConfirmDeleteDialog title="Delete decision?" onDelete={remove} onClose={onClose}>
      <strong>{decisionName(decision)}</strong> will be moved to the trash, with its history and links. You can undo this
      right after.
    </ConfirmDeleteDialog>
  );
}
