import type { HandoverView, Rotation, RotationSchedule } from '../../../shared/api/rotation-operations';
import { addDays, type CalendarDate } from '../../../shared/domain/calendar-date';
import { computeSchedule, type ScheduleWindow } from '../../../shared/rotations/fair-schedule';
import { handoverToNext } from '../../../shared/rotations/handover';
import { occurrenceViews } from '../../../shared/rotations/occurrence-view';
import { planOf } from '../../../shared/rotations/rotation-plan';
import type { ScheduledOccurrence, SchedulePlan } from '../../../shared/rotations/rotation-model';
import { secondaryHolders } from '../../../shared/rotations/secondary-holder';
import { defaultTurnLength, type TurnLength } from '../../../shared/rotations/turn-span';
import type { CoreContext } from '../core-context';

/**
 * The rotation's schedule for a window: names, each turn's start and end, topics, logged dates and
 * checklist ticks; the fairness ledger with the covers each member owes; the covers and the changes
 * that no longer apply; and the latest handover with the holder it is for.
 */
export function scheduleView(ctx: CoreContext, rotation: Rotation, window: ScheduleWindow, today: CalendarDate): RotationSchedule {
  const plan = planOf(rotation);
  const schedule = computeSchedule(plan, window);
  const occurrences = occurrenceViews(rotation, plan, schedule.occurrences, {
    turnLength: turnLengthOf(rotation),
    ...(rotation.withSecondary && { secondaries: secondariesFor(plan, schedule.occurrences, window.from) }),
    topics: ctx.rotations.topics.listByRotation(rotation.id),
    loggedDates: ctx.rotations.log.loggedDates(rotation.id),
  });
  const name = (memberId: string) => memberName(rotation, memberId) ?? '';
  const ticks = ctx.rotations.checklist.ticksByDate(rotation.id);
  return {
    rotationId: rotation.id,
    today,
    occurrences,
    ledger: schedule.ledger.map((line) => ({ ...line, name: name(line.memberId), owes: line.owes.map((o) => ({ ...o, creditorName: name(o.creditor) })) })),
    debts: schedule.debts.map((d) => ({ ...d, debtorName: name(d.debtor), creditorName: name(d.creditor) })),
    unapplied: schedule.unapplied,
    handover: currentHandover(ctx, rotation, plan, today),
    ticks: occurrences.flatMap((o) => {
      const keys = ticks.get(o.date);
      return keys ? [{ date: o.date, keys }] : [];
    }),
  };
}

/** How long the rotation's turns last: its own setting, or what its kind implies. */
export function turnLengthOf(rotation: Rotation): TurnLength {
  return rotation.turnLength ?? defaultTurnLength(rotation);
}

/**
 * The latest handover note of a role and who it is for, while it is still news: until the turn after the
 * reader's has started (by then the reader has written their own, or the note is history).
 */
function currentHandover(ctx: CoreContext, rotation: Rotation, plan: SchedulePlan, today: CalendarDate): HandoverView | null {
  // A role passes duties on; a teaching rotation's presenters take nothing over from each other.
  if (rotation.kind !== 'role') return null;
  const note = ctx.rotations.log.latestHandover(rotation.id);
  if (!note) return null;
  // Far enough to pass every turn the writer holds in a row, absences and skips included.
  const ahead = computeSchedule(plan, { from: note.date, count: 2 * rotation.members.length + 2 }).occurrences;
  const handover = handoverToNext([note], ahead, (id) => memberName(rotation, id));
  if (!handover) return null;
  const [after] = computeSchedule(plan, { from: addDays(handover.toDate, 1), count: 1 }).occurrences;
  if (after && after.date <= today) return null;
  return { ...handover, toName: memberName(rotation, handover.toMemberId) ?? '' };
}

/** The secondary of each shown occurrence, looking ahead far enough to find the last one's. */
function secondariesFor(plan: SchedulePlan, shown: readonly ScheduledOccurrence[], from: CalendarDate): (string | null)[] {
  const ahead = computeSchedule(plan, { from, count: shown.length + plan.members.length + 1 }).occurrences;
  return secondaryHolders(plan, ahead).slice(0, shown.length);
}

export function memberName(rotation: Pick<Rotation, 'members'>, memberId: string): string | undefined {
  return rotation.members.find((m) => m.id === memberId)?.name;
}
