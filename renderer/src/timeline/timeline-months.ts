import type { TimelineEvent, TimelineKind } from '../../../shared/overview/timeline-event';
import { kindTotal, noKinds, type MonthCount } from '../../../shared/overview/timeline-summary';

export interface TimelineMonth {
  /** "2026-03" */
  month: string;
  label: string;
  /** The month's events loaded so far (all of them, or the newest when the month is where loading stopped). */
  events: TimelineEvent[];
  /** The month's events in the whole (filtered) timeline, loaded or not, by kind and in all. */
  counts: Record<TimelineKind, number>;
  total: number;
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
 * The months of the timeline's summary (newest first), with every month between the first and the
 * last present even when empty: the axis keeps its scale, so a quiet summer looks quiet. Each holds
 * the loaded events of its days; events without a date are in none (see `undatedEvents`).
 */
export function timelineMonths(summary: readonly MonthCount[], loaded: readonly TimelineEvent[]): TimelineMonth[] {
  const byMonth = new Map<string, TimelineEvent[]>();
  for (const event of loaded) {
    if (event.date === null) continue;
    const month = event.date.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(event);
    else byMonth.set(month, [event]);
  }
  const counted = new Map(summary.map((m) => [m.month, m.counts]));
  const months = [...counted.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  const result: TimelineMonth[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    const counts = counted.get(month) ?? noKinds();
    result.push({ month, label: monthLabel(month), events: byMonth.get(month) ?? [], counts, total: kindTotal(counts) });
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
    if (month.total > 0) {
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
 * The months (newest first) the loaded events reach: all of them once every dated event is loaded,
 * otherwise down to the month of the oldest loaded event (the one where loading stopped, perhaps
 * part-drawn), never the empty months after it, which say nothing until what is before them is in.
 */
export function loadedMonths(months: readonly TimelineMonth[]): TimelineMonth[] {
  if (months.every((month) => month.events.length === month.total)) return [...months];
  let end = 0;
  months.forEach((month, index) => {
    if (month.events.length > 0) end = index + 1;
  });
  return months.slice(0, end);
}

/** How many events must be loaded to show all of `month` (months newest first). */
export function eventsThrough(months: readonly TimelineMonth[], month: string): number {
  let total = 0;
  for (const m of months) {
    total += m.total;
    if (m.month === month) break;
  }
  return total;
}
