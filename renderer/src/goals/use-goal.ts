import { useEffect } from 'react';
import type { GoalView } from '../../../shared/api/goal-operations';
import { useCurrentGoalStore } from '../stores/current-goal-store';

/** Loads a goal for a page and returns it once it is the one asked for, with why it may be missing. */
export function useGoal(id: string): { view: GoalView | null; loadError: string | null; notFound: boolean } {
  const view = useCurrentGoalStore((state) => state.view);
  const failure = useCurrentGoalStore((state) => state.loadFailure);
  const load = useCurrentGoalStore((state) => state.load);
  useEffect(() => {
    void load(id);
  }, [id, load]);
  const failed = failure?.id === id ? failure : null;
  return { view: view?.goal.id === id ? view : null, loadError: failed?.message ?? null, notFound: failed?.notFound ?? false };
}
