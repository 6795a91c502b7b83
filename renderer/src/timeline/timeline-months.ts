import type { TimelineEvent, TimelineKind } from '../../../shared/overview/timeline-event';

export interface TimelineMonth {
  /** "2026-03" */
  month: string;
  label: string;
  events: TimelineEvent[];
  counts: Record<TimelineKind, number>;
}

export interface TimelineFilter {
  kinds: readonly TimelineKind[];
  /** Decision statuses to show; empty shows all. Applies to decision events only. */
  statuses: readonly string[];
}

export function filterEvents(events: readonly TimelineEvent[], filter: TimelineFilter): TimelineEvent[] {
  return events.filter(
    (event) =>
      filter.kinds.includes(event.kind) &&
      (event.kind !== 'decision' || filter.statuses.length === 0 || filter.statuses.includes(event.status ?? '')),
  );
}

/** The events whose day is unknown (a decision no file dates), filed apart from the months, by title. */
export function undatedEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((event) => event.date === null).sort((a, b) => a.title.localeCompare(b.title));
}

/** "2026-03" → "March 2026". */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1, 1)).toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * What the axis writes under a month: the year in January, the short month name otherwise while
 * there is room for one under each bar (two years or less), nothing beyond that.
 */
export function axisLabel(month: string, monthCount: number): string {
  if (month.endsWith('-01')) return month.slice(0, 4);
  if (monthCount > 24) return '';
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1, 1)).toLocaleDateString('en', { month: 'short', timeZone: 'UTC' });
}

function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
}

/**
 * Events (newest first) in months, newest first, with every month between the first and the last
 * present even when empty: the axis keeps its scale, so a quiet summer looks quiet. Events without a
 * date are in none (see `undatedEvents`).
 */
export function timelineMonths(events: readonly TimelineEvent[]): TimelineMonth[] {
  const byMonth = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    if (event.date === null) continue;
    const month = event.date.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), event]);
  }
  const months = [...byMonth.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  const result: TimelineMonth[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    const monthEvents = byMonth.get(month) ?? [];
    const counts: Record<TimelineKind, number> = { decision: 0, session: 0, 'check-in': 0, rotation: 0 };
    for (const event of monthEvents) counts[event.kind] += 1;
    result.push({ month, label: monthLabel(month), events: monthEvents, counts });
  }
  return result.reverse();
}
