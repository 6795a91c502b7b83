import type { OccurrenceView, Rotation } from '../api/rotation-operations';
import type { CalendarDate } from '../domain/calendar-date';
import type { ScheduledOccurrence, SchedulePlan } from './rotation-model';
import { defaultTurnLength, turnSpans, type TurnLength } from './turn-span';

/** What the views add to the schedule: the secondaries, the assigned topics and the logged dates. */
export interface OccurrenceExtras {
  turnLength?: TurnLength;
  /** The secondary's member id per occurrence (as `secondaryHolders` gives them), when the rotation has secondaries. */
  secondaries?: readonly (string | null)[];
  topics?: readonly { id: string; title: string; assignedDate: CalendarDate | null }[];
  loggedDates?: ReadonlySet<CalendarDate>;
}

/**
 * The occurrences as the schedule, exports and calendars show them: names instead of ids, and each
 * turn's start and end (for a role, until the next holder takes over, unless the rotation set a length).
 */
export function occurrenceViews(
  rotation: Pick<Rotation, 'kind' | 'durationMinutes' | 'time' | 'timeZone' | 'members'>,
  plan: Pick<SchedulePlan, 'cadence' | 'startDate' | 'overrides'>,
  occurrences: readonly ScheduledOccurrence[],
  extras: OccurrenceExtras = {},
): OccurrenceView[] {
  const nameOf = (id: string) => rotation.members.find((m) => m.id === id)?.name ?? null;
  const spans = turnSpans(plan, { time: rotation.time, timeZone: rotation.timeZone, length: extras.turnLength ?? defaultTurnLength(rotation) }, occurrences);
  return occurrences.map((o, i) => {
    const scheduled = o.status === 'scheduled';
    const topic = extras.topics?.find((t) => t.assignedDate === o.date);
    const secondary = extras.secondaries?.[i] ?? null;
    return {
      date: o.date,
      startsAt: spans[i]!.startsAt.toISOString(),
      endsAt: spans[i]!.endsAt.toISOString(),
      status: o.status,
      memberId: scheduled ? o.memberId : null,
      memberName: scheduled ? nameOf(o.memberId) : null,
      secondaryName: secondary === null ? null : nameOf(secondary),
      reason: scheduled ? null : o.reason,
      source: scheduled ? o.source : null,
      passedOver: scheduled ? o.passedOver.map((id) => nameOf(id) ?? id) : [],
      topic: topic ? { id: topic.id, title: topic.title } : null,
      logged: extras.loggedDates?.has(o.date) ?? false,
    };
  });
}
