import type { TimelineAnswer } from '../../../shared/api/overview-operations';
import { cursorOf, isAfterCursor, type TimelineCursor } from '../../../shared/overview/timeline-cursor';
import type { TimelineEvent } from '../../../shared/overview/timeline-event';
import { filterEvents, type TimelineFilter } from '../../../shared/overview/timeline-filter';
import { countKinds, monthCounts } from '../../../shared/overview/timeline-summary';

/**
 * One page of a timeline (events newest first) and what the page draws without the events: the
 * months with their counts, the totals, the chips. The answer stays small at any size (a page and a
 * row per month), so the window does not carry the whole history to draw its first 150 entries.
 */
export function timelinePage(all: readonly TimelineEvent[], filter: TimelineFilter, limit: number | undefined, before: TimelineCursor | undefined): TimelineAnswer {
  const shown = filterEvents(all, filter);
  const start = before ? firstAfter(shown, before) : 0;
  const end = limit === undefined ? shown.length : Math.min(shown.length, start + limit);
  const events = shown.slice(start, end);
  const last = events[events.length - 1];
  return {
    events,
    total: shown.length,
    months: monthCounts(shown),
    undated: shown.reduce((sum, event) => sum + (event.date === null ? 1 : 0), 0),
    kinds: countKinds(all),
    statuses: [...new Set(all.flatMap((event) => (event.kind === 'decision' && event.status ? [event.status] : [])))].sort(),
    next: end < shown.length && last ? cursorOf(last) : null,
  };
}

/** The index of the first event after the cursor (events in timeline order): a cursor need not be an event still there. */
function firstAfter(events: readonly TimelineEvent[], cursor: TimelineCursor): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isAfterCursor(events[middle] as TimelineEvent, cursor)) high = middle;
    else low = middle + 1;
  }
  return low;
}
