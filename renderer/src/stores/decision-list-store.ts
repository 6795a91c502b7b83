import { create } from 'zustand';
import type { SearchDecisionsOutput } from '../../../shared/api/contract';
import type { DecisionSummary } from '../../../shared/domain/decision';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { NO_FILTERS, searchInput, toggled, type DecisionFilters } from '../decisions/decision-filters';

/** Rows fetched per request: enough to fill many screens, small enough to stay fast at 10,000. */
const PAGE_SIZE = 500;
const MAX_REFRESH = 1000;
const TYPING_DELAY_MS = 150;

interface DecisionListState {
  workspaceId: string | null;
  filters: DecisionFilters;
  /** The rows loaded so far, in list order; more are fetched as the list nears the end. */
  items: DecisionSummary[];
  total: number;
  facets: SearchDecisionsOutput['facets'] | null;
  /** True until the first page for the current filters has arrived. */
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
  /** Names the workspace and filters the items are for; a new value means a new list, shown from the top. */
  resultsKey: string;
  /** Where the list was scrolled to, so coming back from a decision returns to the same place. */
  scrollOffset: number;

  /** Shows the list of a workspace; filters reset when the workspace changes. */
  open: (workspaceId: string) => void;
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
  setQuery: (query: string) => void;
  setPerson: (person: string) => void;
  /** null: "No status". */
  toggleStatus: (status: string | null) => void;
  toggleTag: (tag: string) => void;
  setDateFrom: (date: string) => void;
  setDateTo: (date: string) => void;
  clearFilters: () => void;
}

// Each search bumps the generation; answers to older searches are dropped so a slow response
// never overwrites the list for newer filters.
let generation = 0;
let typingTimer: ReturnType<typeof setTimeout> | undefined;

export const useDecisionListStore = create<DecisionListState>()((set, get) => {
  const search = async () => {
    clearTimeout(typingTimer);
    const { workspaceId, filters, items } = get();
    if (!workspaceId) return;
    const mine = ++generation;
    const resultsKey = JSON.stringify([workspaceId, filters]);
    const sameList = resultsKey === get().resultsKey;
    // Refreshing the same list reloads as many rows as were shown, so its scroll position still exists.
    const limit = sameList ? Math.min(MAX_REFRESH, Math.max(PAGE_SIZE, items.length)) : PAGE_SIZE;
    set({ loading: true, loadingMore: false, error: null });
    try {
      const page = await api().searchDecisions(searchInput(workspaceId, filters, 0, limit));
      if (mine !== generation) return;
      set({ items: page.items, total: page.total, facets: page.facets, loading: false, resultsKey, ...(sameList ? {} : { scrollOffset: 0 }) });
    } catch (error) {
      if (mine !== generation) return;
      set({ loading: false, error: errorMessage(error) });
    }
  };

  const searchSoon = () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void search(), TYPING_DELAY_MS);
  };

  const setFilters = (change: Partial<DecisionFilters>, when: 'now' | 'soon') => {
    set({ filters: { ...get().filters, ...change } });
    if (when === 'now') void search();
    else searchSoon();
  };

  return {
    workspaceId: null,
    filters: NO_FILTERS,
    items: [],
    total: 0,
    facets: null,
    loading: true,
    loadingMore: false,
    error: null,
    resultsKey: '',
    scrollOffset: 0,

    open: (workspaceId) => {
      if (workspaceId !== get().workspaceId) {
        set({ workspaceId, filters: NO_FILTERS, items: [], total: 0, facets: null });
      }
      void search();
    },
    refresh: search,
    loadMore: async () => {
      const { workspaceId, filters, items, total, loading, loadingMore } = get();
      if (!workspaceId || loading || loadingMore || items.length >= total) return;
      const mine = generation;
      set({ loadingMore: true });
      try {
        const page = await api().searchDecisions(searchInput(workspaceId, filters, items.length, PAGE_SIZE));
        if (mine !== generation) return;
        set({ items: [...get().items, ...page.items], total: page.total, loadingMore: false });
      } catch (error) {
        if (mine !== generation) return;
        set({ loadingMore: false, error: errorMessage(error) });
      }
    },
    setQuery: (query) => setFilters({ query }, 'soon'),
    setPerson: (person) => setFilters({ person }, 'soon'),
    toggleStatus: (status) => setFilters({ statuses: toggled(get().filters.statuses, status) }, 'now'),
    toggleTag: (tag) => setFilters({ tags: toggled(get().filters.tags, tag) }, 'now'),
    setDateFrom: (dateFrom) => setFilters({ dateFrom }, 'now'),
    setDateTo: (dateTo) => setFilters({ dateTo }, 'now'),
    clearFilters: () => setFilters(NO_FILTERS, 'now'),
  };
});
