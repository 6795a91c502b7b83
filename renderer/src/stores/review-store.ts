import { create } from 'zustand';
import type { DecisionSummary } from '../../../shared/domain/decision';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

/** How far ahead "coming up" looks. */
export const COMING_UP_DAYS = 30;

interface ReviewState {
  /** Review-by date today or past, soonest first. */
  due: DecisionSummary[] | null;
  /** Review-by date within the coming days, excluding those already due. */
  comingUp: DecisionSummary[] | null;
  error: string | null;
  load: (workspaceId: string) => Promise<void>;
}

export const useReviewStore = create<ReviewState>()((set) => ({
  due: null,
  comingUp: null,
  error: null,
  load: async (workspaceId) => {
    set({ error: null });
    try {
      const [due, within] = await Promise.all([
        api().listDueForReview({ workspaceId, withinDays: 0 }),
        api().listDueForReview({ workspaceId, withinDays: COMING_UP_DAYS }),
      ]);
      const dueIds = new Set(due.map((d) => d.id));
      set({ due, comingUp: within.filter((d) => !dueIds.has(d.id)) });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));
