import { useInfiniteQuery } from '@tanstack/react-query';
import type { SearchDecisionsOutput } from '../../../shared/api/contract';
import type { DecisionSummary } from '../../../shared/domain/decision';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { useDecisionListStore } from '../stores/decision-list-store';
import { NO_FILTERS, searchInput } from './decision-filters';

/** Rows fetched per request: enough to fill many screens, small enough to stay fast at 10,000. */
const PAGE_SIZE = 500;

export interface DecisionSearch {
  /** The rows loaded so far, in list order; more are fetched as the list nears the end. */
  items: DecisionSummary[];
  total: number;
  facets: SearchDecisionsOutput['facets'] | null;
  /** True until the first rows for this workspace have arrived. */
  firstLoad: boolean;
  /** New filters are being searched; the rows shown are still those of the previous ones. */
  searching: boolean;
  loadingMore: boolean;
  error: string | null;
  /** Names the workspace and filters the shown rows are for (null while new ones are searched); a new value means a new list, shown from the top. */
  resultsKey: string | null;
  loadMore: () => void;
}

/**
 * The decision list as one cached, paged search: a page is searchDecisions at an offset, and a
 * change that invalidates it reads every loaded page again, so the list keeps its length and scroll
 * position. New filters keep the old rows on screen until theirs arrive.
 */
export function useDecisionSearch(workspaceId: string): DecisionSearch {
  const filters = useDecisionListStore((state) => (state.workspaceId === workspaceId ? state.searched : null));
  const input = searchInput(workspaceId, filters ?? NO_FILTERS, 0, PAGE_SIZE);
  const query = useInfiniteQuery({
    // Its own key beside the operation's: the cache holds pages here, not one answer.
    queryKey: ['searchDecisions', input, 'pages'] as const,
    queryFn: ({ pageParam }) => api().searchDecisions({ ...input, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (_last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      const total = pages[0]?.total ?? 0;
      return loaded < total ? loaded : undefined;
    },
    // The old rows stay while new filters are searched, but never another workspace's.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1].workspaceId === workspaceId ? previous : undefined),
    enabled: filters !== null,
  });

  const pages = query.data?.pages ?? [];
  const first = pages[0];
  return {
    items: uniqueById(pages.flatMap((page) => page.items)),
    total: first?.total ?? 0,
    facets: first?.facets ?? null,
    firstLoad: query.data === undefined && !query.isError,
    searching: query.isPlaceholderData,
    loadingMore: query.isFetchingNextPage,
    error: query.error ? errorMessage(query.error) : null,
    resultsKey: query.isPlaceholderData ? null : JSON.stringify(input),
    loadMore: () => {
      if (query.hasNextPage && !query.isFetching) void query.fetchNextPage();
    },
  };
}

/** Pages read at different moments can overlap by a row when a write moved rows between them. */
function uniqueById(items: DecisionSummary[]): DecisionSummary[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && (seen.add(item.id), true));
}
