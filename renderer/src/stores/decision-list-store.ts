import { create } from 'zustand';
import { NO_FILTERS, toggled, type DecisionFilters } from '../decisions/decision-filters';

const TYPING_DELAY_MS = 150;

interface DecisionListState {
  /** The workspace the filters are for; they reset when the person works in another. */
  workspaceId: string | null;
  /** What the filter controls show, as typed. */
  filters: DecisionFilters;
  /** What the list is searched with: the filters, once typing has paused. */
  searched: DecisionFilters;
  /** Where the list was scrolled to, so coming back from a decision returns to the same place. */
  scrollOffset: number;

  /** Shows the list of a workspace; filters reset when the workspace changes. */
  open: (workspaceId: string) => void;
  setQuery: (query: string) => void;
  setPerson: (person: string) => void;
  /** null: "No status". */
  toggleStatus: (status: string | null) => void;
  toggleTag: (tag: string) => void;
  setDateFrom: (date: string) => void;
  setDateTo: (date: string) => void;
  /** "No date": a range and "no date" exclude each other, so each clears the other. */
  toggleUndated: () => void;
  clearFilters: () => void;
  setScrollOffset: (offset: number) => void;
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;

/** The decision list's UI state: filters and scroll position. The rows are server data (use-decision-search.ts). */
export const useDecisionListStore = create<DecisionListState>()((set, get) => {
  const setFilters = (change: Partial<DecisionFilters>, when: 'now' | 'soon') => {
    clearTimeout(typingTimer);
    const filters = { ...get().filters, ...change };
    if (when === 'now') set({ filters, searched: filters });
    else {
      set({ filters });
      typingTimer = setTimeout(() => set({ searched: get().filters }), TYPING_DELAY_MS);
    }
  };

  return {
    workspaceId: null,
    filters: NO_FILTERS,
    searched: NO_FILTERS,
    scrollOffset: 0,

    open: (workspaceId) => {
      if (workspaceId === get().workspaceId) return;
      clearTimeout(typingTimer);
      set({ workspaceId, filters: NO_FILTERS, searched: NO_FILTERS, scrollOffset: 0 });
    },
    setQuery: (query) => setFilters({ query }, 'soon'),
    setPerson: (person) => setFilters({ person }, 'soon'),
    toggleStatus: (status) => setFilters({ statuses: toggled(get().filters.statuses, status) }, 'now'),
    toggleTag: (tag) => setFilters({ tags: toggled(get().filters.tags, tag) }, 'now'),
    setDateFrom: (dateFrom) => setFilters({ dateFrom, undated: false }, 'now'),
    setDateTo: (dateTo) => setFilters({ dateTo, undated: false }, 'now'),
    toggleUndated: () => setFilters({ undated: !get().filters.undated, dateFrom: '', dateTo: '' }, 'now'),
    clearFilters: () => setFilters(NO_FILTERS, 'now'),
    setScrollOffset: (scrollOffset) => set({ scrollOffset }),
  };
});
