import type { Goal } from '../../../shared/goals/goal';
import { FormDialog } from '../components/form-dialog';
import { removeGoal } from './goal-actions';

/** Asks before a goal goes to the trash; the toast afterwards offers Undo. */
export function DeleteGoalDialog({ goal, checkInCount, onClose }: { goal: Goal; checkInCount: number; onClose: () => void }) {
  return (
    <FormDialog title="Delete goal?" onDismiss={onClose} onSubmit={() => removeGoal(goal)} submitLabel="Delete" tone="danger">
      <p className="dialog-text">
        <strong>{goal.title}</strong> will be moved to the trash with its {checkInCount} {checkInCount === 1 ? 'check-in' : 'check-ins'}. You can undo this
        right after.
      </p>
    </FormDialog>
  );
}
