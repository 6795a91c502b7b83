import { z } from 'zod';
import { compareNewestFirst, type TimelineEvent } from './timeline-event';

/**
 * Where a page of the timeline ended: the instant and key of its last (oldest) event. The next page
 * starts after it in the timeline's order (newest first, then by key), so events of the same
 * instant are split between pages without one being given twice or skipped.
 */
export const TimelineCursor = z.object({ at: z.string(), key: z.string() });
export type TimelineCursor = z.infer<typeof TimelineCursor>;

export function cursorOf(event: Pick<TimelineEvent, 'at' | 'key'>): TimelineCursor {
  return { at: event.at, key: event.key };
}

/** Whether the event comes after the cursor in the timeline's order (is older, or as old with a later key). */
export function isAfterCursor(event: Pick<TimelineEvent, 'at' | 'key'>, cursor: TimelineCursor): boolean {
  return compareNewestFirst(cursor, event) < 0;
}
