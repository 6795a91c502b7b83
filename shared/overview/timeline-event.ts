import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { DateSource, Id } from '../domain/decision';

export const TIMELINE_KINDS = ['decision', 'session', 'check-in', 'rotation'] as const;
export const TimelineKind = z.enum(TIMELINE_KINDS);
export type TimelineKind = z.infer<typeof TimelineKind>;

/** What a timeline entry opens: the page of the decision, session, goal or rotation it is about. */
export const TimelineTarget = z.object({ page: z.enum(['decision', 'session', 'goal', 'rotation']), id: Id });
export type TimelineTarget = z.infer<typeof TimelineTarget>;

/**
 * One thing that happened to the team: a decision proposed, accepted or superseded, a session held,
 * a goal's check-ins, a rotation's session.
 */
export const TimelineEvent = z.object({
  /** Unique within a timeline, for list keys. */
  key: z.string(),
  kind: TimelineKind,
  /** Null for a decision whose date is unknown: when it entered its first status is not known, so it is filed apart. */
  date: CalendarDate.nullable(),
  /** Where a decision event's day comes from when it is the decision's own date taken from elsewhere ('git': the commit that added its file); absent otherwise. */
  dateSource: DateSource.nullable().optional(),
  /** The instant, when known, to order events of the same day; otherwise the date (empty when there is none). */
  at: z.string(),
  title: z.string(),
  detail: z.string(),
  /** For decision events, the status the decision entered. */
  status: z.string().nullable(),
  target: TimelineTarget,
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** Newest first: by instant, then by key so equal instants keep a stable order. */
export function compareNewestFirst(a: Pick<TimelineEvent, 'at' | 'key'>, b: Pick<TimelineEvent, 'at' | 'key'>): number {
  return b.at.localeCompare(a.at) || a.key.localeCompare(b.key);
}
