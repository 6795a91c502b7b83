import type { CalendarDate } from '../domain/calendar-date';
import type { ScheduledOccurrence } from './rotation-model';

/** A session log entry as far as handovers go. */
export interface HandoverNote {
  date: CalendarDate;
  /** Who held the turn and wrote the handover (as the log recorded them). */
  holderName: string | null;
  handover: string;
}

/** A handover and the turn it is for. */
export interface HandoverToNext {
  fromDate: CalendarDate;
  fromName: string | null;
  text: string;
  /** The next turn held by someone else, who reads the handover. */
  toDate: CalendarDate;
  toMemberId: string;
}

/**
 * The latest handover and who it is for: the holder of the first turn after it that someone other
 * than its writer holds. The reader follows the schedule as it is now, so after a swap or a cover the
 * handover goes to whoever really takes over. `occurrences` are the schedule from the handover's date
 * on; `nameOf` gives a member's name, so a writer holding the next turn too is passed over.
 */
export function handoverToNext(
  log: readonly HandoverNote[],
  occurrences: readonly ScheduledOccurrence[],
  nameOf: (memberId: string) => string | undefined,
): HandoverToNext | null {
  const latest = [...log].filter((entry) => entry.handover.trim() !== '').sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!latest) return null;
  const writer = latest.holderName?.toLowerCase() ?? null;
  const next = occurrences.find(
    (o): o is Extract<ScheduledOccurrence, { status: 'scheduled' }> =>
      o.status === 'scheduled' && o.date > latest.date && nameOf(o.memberId)?.toLowerCase() !== writer,
  );
  if (!next) return null;
  return { fromDate: latest.date, fromName: latest.holderName, text: latest.handover.trim(), toDate: next.date, toMemberId: next.memberId };
}
