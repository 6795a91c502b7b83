import type { Goal } from '../../../shared/goals/goal';
import { FormDialog } from '../components/form-dialog';
import { useCurrentGoalStore } from '../stores/current-goal-store';

/** Asks before a goal goes to the trash; the toast afterwards offers Undo. */
export function DeleteGoalDialog({ goal, checkInCount, onClose }: { goal: Goal; checkInCount: number; onClose: () => void }) {
  const remove = useCurrentGoalStore((state) => state.remove);
  return (
    <FormDialog title="Delete goal?" onDismiss={onClose} onSubmit={remove} submitLabel="Delete" tone="danger">
      <p className="dialog-text">
        <strong>{goal.title}</strong> will be moved to the trash with its {checkInCount} {checkInCount === 1 ? 'check-in' : 'check-ins'}. You can undo this
        right after.
      </p>
    </FormDialog>
  );
}
