import { z } from 'zod';
import { TIMELINE_KINDS, TimelineKind, type TimelineEvent } from './timeline-event';

/** Which events the timeline shows: the chosen kinds, and among decisions the chosen statuses. */
export const TimelineFilter = z.object({
  /** Left out, every kind. */
  kinds: z.array(TimelineKind).optional(),
  /** Decision statuses to show; empty shows all. Applies to decision events only. */
  statuses: z.array(z.string()).optional(),
});
export type TimelineFilter = z.infer<typeof TimelineFilter>;

export function filterEvents(events: readonly TimelineEvent[], filter: TimelineFilter): TimelineEvent[] {
  const kinds = filter.kinds ?? TIMELINE_KINDS;
  const statuses = filter.statuses ?? [];
  return events.filter((event) => kinds.includes(event.kind) && (event.kind !== 'decision' || statuses.length === 0 || statuses.includes(event.status ?? '')));
}
