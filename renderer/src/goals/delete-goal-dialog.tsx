import type { Goal } from '../../../shared/goals/goal';
import { ConfirmDeleteDialog } from '../components/confirm-delete-dialog';
import { useCurrentGoalStore } from '../stores/current-goal-store';

/** Asks before a goal goes to the trash; the toast afterwards offers Undo. */
export function DeleteGoalDialog({ goal, checkInCount, onClose }: { goal: Goal; checkInCount: number; onClose: () => void }) {
  const remove = useCurrentGoalStore((state) => state.remove);
  return (
    <ConfirmDeleteDialog title="Delete goal?" onDelete={remove} onClose={onClose}>
      <strong>{goal.title}</strong> will be moved to the trash with its {checkInCount} {checkInCount === 1 ? 'check-in' : 'check-ins'}. You can undo this
      right after.
    </ConfirmDeleteDialog>
  );
}
