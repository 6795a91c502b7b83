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
    const list = byMonth.get(month);
    if (list) list.push(event);
    else byMonth.set(month, [event]);
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

/** A month with events, or a run of empty months drawn as one line. */
export type TimelineStretch =
  | { kind: 'month'; month: TimelineMonth }
  /** `from` is the oldest empty month of the run and `to` the newest ("2023-03", "2024-01"). */
  | { kind: 'quiet'; from: string; to: string; label: string };

/**
 * Months (newest first) with each run of empty months folded into one line, "No activity from
 * March 2023 to January 2024": four years of a quiet log are not forty "quiet month" headings.
 */
export function collapseQuietMonths(months: readonly TimelineMonth[]): TimelineStretch[] {
  const stretches: TimelineStretch[] = [];
  for (const month of months) {
    if (month.events.length > 0) {
      stretches.push({ kind: 'month', month });
      continue;
    }
    const previous = stretches[stretches.length - 1];
    // Newest first: the run grows towards older months, so this month becomes its start.
    const to = previous?.kind === 'quiet' ? previous.to : month.month;
    if (previous?.kind === 'quiet') stretches.pop();
    stretches.push({ kind: 'quiet', from: month.month, to, label: quietLabel(month.month, to) });
  }
  return stretches;
}

function quietLabel(from: string, to: string): string {
  return from === to ? `No activity in ${monthLabel(from)}` : `No activity from ${monthLabel(from)} to ${monthLabel(to)}`;
}

/**
 * The newest months (newest first) holding at most `limit` events, the last one cut to fit, and
 * how many events that leaves out: the page draws a window, and "Show earlier" widens it.
 */
export function timelineWindow(months: readonly TimelineMonth[], limit: number): { months: TimelineMonth[]; hidden: number } {
  const shown: TimelineMonth[] = [];
  let room = limit;
  let hidden = 0;
  for (const month of months) {
    if (room <= 0 && shown.length > 0) {
      hidden += month.events.length;
      continue;
    }
    const events = month.events.slice(0, Math.max(0, room));
    hidden += month.events.length - events.length;
    room -= events.length;
    shown.push(events.length === month.events.length ? month : { ...month, events });
  }
  // Empty months after the last one drawn say nothing on their own: the window ends at events.
  while (shown.length > 1 && shown[shown.length - 1]?.events.length === 0 && hidden > 0) shown.pop();
  return { months: shown, hidden };
}

/** How many events the window must hold to show all of `month` (months newest first). */
export function eventsThrough(months: readonly TimelineMonth[], month: string): number {
  let total = 0;
  for (const m of months) {
    total += m.events.length;
    if (m.month === month) break;
  }
  return total;
}
