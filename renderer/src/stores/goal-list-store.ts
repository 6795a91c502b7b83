import { create } from 'zustand';
import type { GoalSummary } from '../../../shared/api/goal-operations';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

interface GoalListState {
  workspaceId: string | null;
  goals: GoalSummary[] | null;
  error: string | null;
  load: (workspaceId: string) => Promise<void>;
  /** Loads the list again for the workspace it was last loaded for. */
  refresh: () => Promise<void>;
}

export const useGoalListStore = create<GoalListState>()((set, get) => ({
  workspaceId: null,
  goals: null,
  error: null,
  load: async (workspaceId) => {
    if (get().workspaceId !== workspaceId) set({ workspaceId, goals: null });
    try {
      const goals = await api().listGoals({ workspaceId });
      if (get().workspaceId === workspaceId) set({ goals, error: null });
    } catch (error) {
      if (get().workspaceId === workspaceId) set({ error: errorMessage(error) });
    }
  },
  refresh: async () => {
    const { workspaceId } = get();
    if (workspaceId) await get().load(workspaceId);
  },
}));
