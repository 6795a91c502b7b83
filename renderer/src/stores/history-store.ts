import { create } from 'zustand';
import type { DiffLine, RevisionSummary } from '../../../shared/api/contract';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

/** A diff between two revisions of one decision. */
export interface RevisionDiff {
  from: number;
  to: number;
  lines: DiffLine[];
}

interface HistoryState {
  decisionId: string | null;
  /** Newest first, as the API lists them. */
  revisions: RevisionSummary[] | null;
  diff: RevisionDiff | null;
  loadingDiff: boolean;
  error: string | null;
  /** Loads the revisions and the diff between the last two. */
  open: (decisionId: string) => Promise<void>;
  showDiff: (from: number, to: number) => Promise<void>;
}

export const useHistoryStore = create<HistoryState>()((set, get) => ({
  decisionId: null,
  revisions: null,
  diff: null,
  loadingDiff: false,
  error: null,

  open: async (decisionId) => {
    set({ decisionId, revisions: null, diff: null, error: null });
    try {
      const revisions = await api().listRevisions({ decisionId });
      if (get().decisionId !== decisionId) return;
      set({ revisions });
      const [latest, previous] = revisions;
      if (latest && previous) await get().showDiff(previous.revision, latest.revision);
    } catch (error) {
      if (get().decisionId === decisionId) set({ error: errorMessage(error) });
    }
  },

  showDiff: async (from, to) => {
    const decisionId = get().decisionId;
    if (!decisionId) return;
    set({ loadingDiff: true, error: null });
    try {
      const result = await api().diffRevisions({ decisionId, from, to });
      if (get().decisionId !== decisionId) return;
      set({ diff: { from, to, lines: result.lines }, loadingDiff: false });
    } catch (error) {
      set({ loadingDiff: false, error: errorMessage(error) });
    }
  },
}));
