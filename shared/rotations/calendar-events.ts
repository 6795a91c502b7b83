import type { EventAttributes } from 'ics';
import type { OccurrenceView, Rotation } from '../api/rotation-operations';
import type { CalendarDate } from '../domain/calendar-date';

/** What an event said when it was last exported, per date: its fingerprint and SEQUENCE. */
export interface ExportedEvent {
  date: CalendarDate;
  fingerprint: string;
  sequence: number;
}

/** The events of one export, each with its SEQUENCE, and what to remember of each for the next export. */
export interface CalendarExportPlan {
  events: (EventAttributes & { sequence: number })[];
  records: ExportedEvent[];
}

/**
 * The calendar events of an export, decided from the schedule and what earlier exports said. One
 * event per turn, with a UID per rotation and date, so importing again updates the event instead of
 * adding another; its SEQUENCE goes up by one each time what it says changes. A date exported before
 * that has no turn any more (skipped, left empty, or no longer a meeting date) goes out as CANCELLED
 * so calendars remove it; a date never exported that has no turn needs no event. The events span the
 * occurrences' `startsAt` to `endsAt`: for a role, the whole turn.
 */
export function calendarExportPlan(
  rotation: Pick<Rotation, 'id' | 'name' | 'kind' | 'checklist'>,
  occurrences: readonly Pick<OccurrenceView, 'date' | 'startsAt' | 'endsAt' | 'status' | 'memberName' | 'secondaryName' | 'reason' | 'topic'>[],
  exported: ReadonlyMap<CalendarDate, ExportedEvent>,
  today: CalendarDate,
): CalendarExportPlan {
  const plan: CalendarExportPlan = { events: [], records: [] };
  const emit = (date: CalendarDate, event: EventAttributes) => {
    const previous = exported.get(date);
    const fingerprint = JSON.stringify(event);
    const sequence = previous === undefined ? 0 : previous.fingerprint === fingerprint ? previous.sequence : previous.sequence + 1;
    plan.records.push({ date, fingerprint, sequence });
    plan.events.push({ ...event, sequence });
  };
  for (const occurrence of occurrences) {
    if (occurrence.status !== 'scheduled' && !exported.has(occurrence.date)) continue;
    emit(occurrence.date, eventOf(rotation, occurrence));
  }
  // Dates exported before that the rotation no longer meets on (its weekday or start changed).
  const shown = new Set(occurrences.map((o) => o.date));
  const lastShown = occurrences.at(-1)?.date ?? today;
  for (const [date, previous] of exported) {
    if (shown.has(date) || date < today || date > lastShown) continue;
    const before = JSON.parse(previous.fingerprint) as EventAttributes;
    emit(date, { ...before, title: `${rotation.name} (cancelled)`, description: `No ${rotation.name} on this date any more.`, status: 'CANCELLED' });
  }
  return plan;
}

/** The UID of a rotation's event on a date. */
export function calendarUid(rotationId: string, date: CalendarDate): string {
  return `${rotationId}-${date}@cairn`;
}

/** The parts of an event that, when they change, make it a new version (a higher SEQUENCE). */
function eventOf(
  rotation: Pick<Rotation, 'id' | 'name' | 'kind' | 'checklist'>,
  o: Pick<OccurrenceView, 'date' | 'startsAt' | 'endsAt' | 'status' | 'memberName' | 'secondaryName' | 'reason' | 'topic'>,
): EventAttributes {
  const cancelled = o.status !== 'scheduled';
  const who = o.memberName ?? 'nobody';
  const topic = o.topic ? ` — ${o.topic.title}` : '';
  const description =
    rotation.kind === 'role'
      ? `${who} holds ${rotation.name} this turn.${o.secondaryName ? ` Secondary: ${o.secondaryName}.` : ''}${rotation.checklist.trim() ? `\n\nChecklist:\n${rotation.checklist.trim()}` : ''}`
      : `${who} teaches${o.topic ? ` "${o.topic.title}"` : ''}.`;
  return {
    uid: calendarUid(rotation.id, o.date),
    title: cancelled ? `${rotation.name} (cancelled)` : `${rotation.name}: ${who}${topic}`,
    description: cancelled ? `No ${rotation.name} on this date: ${o.reason ?? 'cancelled'}.` : description,
    start: Date.parse(o.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(o.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
  };
}
