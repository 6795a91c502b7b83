import { create } from 'zustand';
import type { OperationInput } from '../../../shared/api/contract';
import type { GoalView } from '../../../shared/api/goal-operations';
import type { CheckIn } from '../../../shared/goals/goal';
import { api } from '../api/api';
import { errorCode, errorMessage } from '../api/error-message';
import { navigate } from '../router';
import { useGoalListStore } from './goal-list-store';
import { showToast } from './toast-store';

interface CurrentGoalState {
  /** The goal on screen, once loaded. */
  view: GoalView | null;
  loadingId: string | null;
  loadFailure: { id: string; message: string; notFound: boolean } | null;

  load: (id: string) => Promise<void>;
  create: (input: OperationInput<'createGoal'>) => Promise<GoalView>;
  update: (input: OperationInput<'updateGoal'>) => Promise<GoalView>;
  /** Records one date's values for several results and behaviors; throws ApiCallError for the form to show. */
  recordCheckIns: (input: Omit<OperationInput<'recordCheckIns'>, 'goalId'>) => Promise<void>;
  updateCheckIn: (input: OperationInput<'updateCheckIn'>) => Promise<void>;
  /** Removes a check-in and offers Undo, which records it again. */
  deleteCheckIn: (checkIn: CheckIn) => Promise<void>;
  linkDecision: (decisionId: string) => Promise<void>;
  unlinkDecision: (decisionId: string) => Promise<void>;
  /** Moves the goal to the trash, returns to the list and offers Undo. */
  remove: () => Promise<void>;
}

export const useCurrentGoalStore = create<CurrentGoalState>()((set, get) => {
  const goalId = (): string => {
    const view = get().view;
    if (!view) throw new Error('No goal is open.');
    return view.goal.id;
  };
  const show = (view: GoalView) => {
    set({ view, loadFailure: null });
    void useGoalListStore.getState().refresh();
    return view;
  };

  return {
    view: null,
    loadingId: null,
    loadFailure: null,

    load: async (id) => {
      set({ loadingId: id, loadFailure: null });
      try {
        const view = await api().getGoal({ id });
        if (get().loadingId !== id) return;
        set({ view, loadingId: null });
      } catch (error) {
        if (get().loadingId !== id) return;
        set({ loadingId: null, loadFailure: { id, message: errorMessage(error), notFound: errorCode(error) === 'not_found' } });
      }
    },

    create: async (input) => show(await api().createGoal(input)),
    update: async (input) => show(await api().updateGoal(input)),

    recordCheckIns: async (input) => {
      show(await api().recordCheckIns({ ...input, goalId: goalId() }));
    },

    updateCheckIn: async (input) => {
      show(await api().updateCheckIn(input));
    },

    deleteCheckIn: async (checkIn) => {
      show(await api().deleteCheckIn({ id: checkIn.id }));
      showToast(`Deleted the check-in of ${checkIn.date}`, async () => {
        try {
          const { date, subject, subjectId, value, note, confidence } = checkIn;
          show(await api().recordCheckIns({ goalId: checkIn.goalId, date, entries: [{ subject, subjectId, value, note, confidence }] }));
          showToast(`Restored the check-in of ${checkIn.date}`);
        } catch (error) {
          showToast(`Could not restore the check-in: ${errorMessage(error)}`);
        }
      });
    },

    linkDecision: async (decisionId) => {
      show(await api().linkGoalDecision({ goalId: goalId(), decisionId }));
    },

    unlinkDecision: async (decisionId) => {
      show(await api().unlinkGoalDecision({ goalId: goalId(), decisionId }));
    },

    remove: async () => {
      const view = get().view;
      if (!view) return;
      const { id, title } = view.goal;
      await api().deleteGoal({ id });
      set({ view: null });
      navigate({ name: 'goals' });
      void useGoalListStore.getState().refresh();
      showToast(`Deleted goal "${title}"`, async () => {
        try {
          await api().restoreGoal({ id });
          showToast(`Restored goal "${title}"`);
        } catch (error) {
          showToast(`Could not restore "${title}": ${errorMessage(error)}`);
        }
        void useGoalListStore.getState().refresh();
      });
    },
  };
});
