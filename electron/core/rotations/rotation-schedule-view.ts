import type { OccurrenceView, Rotation, RotationSchedule } from '../../../shared/api/rotation-operations';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { computeSchedule, type ScheduleWindow } from '../../../shared/rotations/fair-schedule';
import type { ScheduledOccurrence } from '../../../shared/rotations/rotation-model';
import { secondaryHolders } from '../../../shared/rotations/secondary-holder';
import { zonedWallTimeToUtc } from '../../../shared/rotations/zoned-time';
import type { CoreContext } from '../core-context';
import { planOf } from './rotation-lookup';

/** The rotation's schedule for a window, with names, times, topics and which dates have a log entry. */
export function scheduleView(ctx: CoreContext, rotation: Rotation, window: ScheduleWindow, today: CalendarDate): RotationSchedule {
  const plan = planOf(rotation);
  const schedule = computeSchedule(plan, window);
  const secondaries = rotation.withSecondary ? secondariesFor(rotation, schedule.occurrences, window.from) : [];
  const topics = ctx.rotations.topics.listByRotation(rotation.id);
  const logged = ctx.rotations.log.loggedDates(rotation.id);
  return {
    rotationId: rotation.id,
    today,
    occurrences: schedule.occurrences.map((o, i) => {
      const topic = topics.find((t) => t.assignedDate === o.date);
      const secondary = secondaries[i];
      return {
        ...occurrenceView(rotation, o),
        secondaryName: secondary ? (memberName(rotation, secondary) ?? null) : null,
        topic: topic ? { id: topic.id, title: topic.title } : null,
        logged: logged.has(o.date),
      };
    }),
    ledger: schedule.ledger.map((line) => ({ ...line, name: memberName(rotation, line.memberId) ?? '' })),
  };
}

/** The secondary of each shown occurrence, looking ahead far enough to find the last one's. */
function secondariesFor(rotation: Rotation, shown: readonly ScheduledOccurrence[], from: CalendarDate): (string | null)[] {
  const plan = planOf(rotation);
  const ahead = computeSchedule(plan, { from, count: shown.length + rotation.members.length + 1 }).occurrences;
  return secondaryHolders(plan, ahead).slice(0, shown.length);
}

/** An occurrence with its times and names, without the secondary, topic and log marks. */
export function occurrenceView(rotation: Rotation, o: ScheduledOccurrence): Omit<OccurrenceView, 'secondaryName' | 'topic' | 'logged'> {
  const startsAt = zonedWallTimeToUtc(o.date, rotation.time, rotation.timeZone);
  const endsAt = new Date(startsAt.getTime() + rotation.durationMinutes * 60_000);
  const scheduled = o.status === 'scheduled';
  return {
    date: o.date,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    status: o.status,
    memberId: scheduled ? o.memberId : null,
    memberName: scheduled ? (memberName(rotation, o.memberId) ?? null) : null,
    reason: scheduled ? null : o.reason,
    source: scheduled ? o.source : null,
    passedOver: scheduled ? o.passedOver.map((id) => memberName(rotation, id) ?? id) : [],
  };
}

export function memberName(rotation: Rotation, memberId: string): string | undefined {
  return rotation.members.find((m) => m.id === memberId)?.name;
}
