import { z } from 'zod';
import { TIMELINE_KINDS, type TimelineEvent, type TimelineKind } from './timeline-event';

export const KindCounts = z.object({ decision: z.number().int(), session: z.number().int(), 'check-in': z.number().int(), rotation: z.number().int() });
export type KindCounts = z.infer<typeof KindCounts>;

/** How many events of each kind a month holds: a bar of the month axis, without the events. */
export const MonthCount = z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), counts: KindCounts });
export type MonthCount = z.infer<typeof MonthCount>;

export function noKinds(): KindCounts {
  return { decision: 0, session: 0, 'check-in': 0, rotation: 0 };
}

export function countKinds(events: readonly TimelineEvent[]): KindCounts {
  const counts = noKinds();
  for (const event of events) counts[event.kind] += 1;
  return counts;
}

export function kindTotal(counts: Record<TimelineKind, number>): number {
  return TIMELINE_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}

/** The months that hold dated events, newest first, with their counts per kind; undated events are in none. */
export function monthCounts(events: readonly TimelineEvent[]): MonthCount[] {
  const byMonth = new Map<string, KindCounts>();
  for (const event of events) {
    if (event.date === null) continue;
    const month = event.date.slice(0, 7);
    let counts = byMonth.get(month);
    if (!counts) byMonth.set(month, (counts = noKinds()));
    counts[event.kind] += 1;
  }
  return [...byMonth.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([month, counts]) => ({ month, counts }));
}
