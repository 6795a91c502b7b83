import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { computeSchedule } from '../../../shared/rotations/fair-schedule';
import type { SchedulePlan } from '../../../shared/rotations/rotation-model';
import { topicMoves, type TopicMove } from '../../../shared/rotations/topic-follow';
import type { CoreContext } from '../core-context';

/**
 * Where the rotation's assigned topics go when its plan changes from `before` to `after`: with their
 * presenters (topicMoves). The schedules are compared from today through the last date the change
 * touches or a topic is assigned to, and a round of members past it, so each presenter who loses a
 * date is seen gaining the next one.
 */
export function topicMovesOf(ctx: CoreContext, rotationId: string, before: SchedulePlan, after: SchedulePlan, today: CalendarDate, reach: CalendarDate | undefined, count: number): TopicMove[] {
  const assignments = ctx.rotations.topics.listByRotation(rotationId).flatMap((t) => (t.assignedDate !== null && t.assignedDate >= today ? [{ topicId: t.id, date: t.assignedDate }] : []));
  if (assignments.length === 0) return [];
  const until = [reach, ...assignments.map((a) => a.date)].reduce<CalendarDate | undefined>((last, d) => (d !== undefined && (last === undefined || d > last) ? d : last), undefined);
  const window = { from: today, count, ...(until !== undefined && { until }) };
  const was = computeSchedule(before, window).occurrences;
  const now = computeSchedule(after, window).occurrences;
  // topicMoves compares date by date: only the dates both schedules show (a member joining makes the new one longer).
  const inBoth = (dates: readonly { date: CalendarDate }[]) => new Set(dates.map((o) => o.date));
  const wasDates = inBoth(was);
  const nowDates = inBoth(now);
  return topicMoves(
    was.filter((o) => nowDates.has(o.date)),
    now.filter((o) => wasDates.has(o.date)),
    assignments,
  );
}

/**
 * Moves the topics: every moving topic leaves its date first, so two topics trading dates (a swap)
 * never meet on one. A date that is still taken by a topic that stays sends the mover to the backlog.
 */
export function moveTopics(ctx: CoreContext, rotationId: string, moves: readonly TopicMove[]): void {
  for (const move of moves) ctx.rotations.topics.assign(move.topicId, null);
  for (const move of moves) {
    if (move.to !== null && !ctx.rotations.topics.assignedOn(rotationId, move.to)) ctx.rotations.topics.assign(move.topicId, move.to);
  }
}
