import type { Decision } from '../../../shared/domain/decision';
import { FormDialog } from '../components/form-dialog';
import { decisionName } from '../decisions/decision-name';
import { removeDecision } from './decision-actions';

/** Asks before a decision goes to the trash; the toast afterwards offers Undo. */
export function DeleteDecisionDialog({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  return (
    <FormDialog title="Delete decision?" onDismiss={onClose} onSubmit={() => removeDecision(decision)} submitLabel="Delete" tone="danger">
      <p className="dialog-text">
        <strong>{decisionName(decision)}</strong> will be moved to the trash, with its history and links. You can undo this right after.
      </p>
    </FormDialog>
  );
}
