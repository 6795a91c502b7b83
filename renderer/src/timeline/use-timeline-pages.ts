import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { TIMELINE_PAGE_MAX, type TimelineAnswer } from '../../../shared/api/overview-operations';
import type { TimelineCursor } from '../../../shared/overview/timeline-cursor';
import type { TimelineEvent } from '../../../shared/overview/timeline-event';
import type { TimelineFilter } from '../../../shared/overview/timeline-filter';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { localTimeZone } from '../rotations/rotation-format';

/**
 * Events asked for at first and added by each "Show earlier": a page of entries, not the whole
 * history, so ten thousand decisions open as fast as ten (each entry is several elements).
 */
export const TIMELINE_STEP = 150;

export interface TimelinePages {
  /** The first answer's summary (months, totals, chips); null until it has arrived. */
  summary: Omit<TimelineAnswer, 'events' | 'next'> | null;
  /** The events loaded so far, newest first. */
  events: TimelineEvent[];
  error: string | null;
  /** Asks for events until at least `count` are loaded (or all are): "Show earlier", a month on the axis. */
  loadThrough: (count: number) => void;
}

/**
 * The timeline as one cached, paged read: the first page holds the newest 150 events, each next
 * page starts at the previous one's cursor. The page sizes follow how many events the reader has
 * asked for, so a change that invalidates the timeline reads the same events again, not fewer.
 */
export function useTimelinePages(workspaceId: string, filter: TimelineFilter): TimelinePages {
  // Filed under the viewer's days: an event late in the evening here is not moved to tomorrow by UTC.
  const input = { workspaceId, timeZone: localTimeZone(), ...filter };
  const inputKey = JSON.stringify(input);
  // How many events the reader wants loaded; a new filter starts again from the newest page.
  const [wanted, setWanted] = useState({ inputKey, count: TIMELINE_STEP });
  const count = wanted.inputKey === inputKey ? wanted.count : TIMELINE_STEP;

  const query = useInfiniteQuery({
    // Its own key beside the operation's: the cache holds pages here, not one answer.
    queryKey: ['getTimeline', input, 'pages'] as const,
    queryFn: ({ pageParam }) => api().getTimeline({ ...input, limit: pageParam.limit, ...(pageParam.before ? { before: pageParam.before } : {}) }),
    initialPageParam: { before: null as TimelineCursor | null, limit: TIMELINE_STEP },
    getNextPageParam: (last, pages) => {
      if (!last.next) return undefined;
      const loaded = pages.reduce((sum, page) => sum + page.events.length, 0);
      // The options of the latest render: `count` is what the reader wants now, on a refetch too.
      const missing = count - loaded;
      return { before: last.next, limit: missing > 0 ? Math.min(TIMELINE_PAGE_MAX, missing) : TIMELINE_STEP };
    },
    // The old events stay while a new filter is read, but never another workspace's.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1].workspaceId === workspaceId ? previous : undefined),
  });

  const pages = query.isPlaceholderData ? [] : (query.data?.pages ?? []);
  const loaded = pages.reduce((sum, page) => sum + page.events.length, 0);
  const { hasNextPage, isFetching, fetchNextPage } = query;
  useEffect(() => {
    if (loaded < count && hasNextPage && !isFetching) void fetchNextPage();
  }, [loaded, count, hasNextPage, isFetching, fetchNextPage]);

  const shownPages = query.data?.pages ?? [];
  const first = shownPages[0];
  return {
    summary: first ? { total: first.total, months: first.months, undated: first.undated, kinds: first.kinds, statuses: first.statuses } : null,
    events: uniqueByKey(shownPages.flatMap((page) => page.events)),
    error: query.error ? errorMessage(query.error) : null,
    loadThrough: (through) => setWanted({ inputKey, count: Math.max(through, count) }),
  };
}

/** Pages read at different moments can overlap by an event when a write moved events between them. */
function uniqueByKey(events: TimelineEvent[]): TimelineEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => !seen.has(event.key) && (seen.add(event.key), true));
}
