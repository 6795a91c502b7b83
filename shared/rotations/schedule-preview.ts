import type { CalendarDate } from '../domain/calendar-date';
import { computeSchedule, type UnappliedChange } from './fair-schedule';
import { applyChange, changeReach, type ChangeContext, type RotationEdit } from './rotation-change';
import type { ScheduledOccurrence, SchedulePlan } from './rotation-model';
import { DEFAULT_SCHEDULE_LENGTH } from './schedule-length';

/** An occurrence whose holder or state a change alters. */
export interface OccurrenceDiff {
  date: CalendarDate;
  before: ScheduledOccurrence;
  after: ScheduledOccurrence;
}

/** A member's count of turns in the preview window, before and after the change. */
export interface CountDiff {
  memberId: string;
  before: number;
  after: number;
}

export interface SchedulePreview {
  plan: SchedulePlan;
  changed: OccurrenceDiff[];
  counts: CountDiff[];
  /** Swaps and covers made earlier that this change would leave without effect, with why. */
  noLongerApplied: UnappliedChange[];
}

/**
 * What a change would do, without doing it: the plan it produces and every occurrence from today
 * (`count` of them, and through a round of members past the last date it touches) whose holder or
 * state differs. Adding, removing and reordering members preview like every other change.
 */
export function previewChange(plan: SchedulePlan, change: RotationEdit, ctx: ChangeContext, count = DEFAULT_SCHEDULE_LENGTH): SchedulePreview {
  const next = applyChange(plan, change, ctx);
  const reach = changeReach(plan, change);
  const window = { from: ctx.today, count, until: reach };
  const before = computeSchedule(plan, window);
  const after = computeSchedule(next, window);
  return {
    plan: next,
    changed: diffOccurrences(before.occurrences, after.occurrences),
    // Everyone in either plan: a member joining is in the new one only, a joining undone in the old one.
    counts: [...next.members, ...plan.members.filter((m) => !next.members.some((n) => n.id === m.id))].map((m) => ({
      memberId: m.id,
      before: before.ledger.find((l) => l.memberId === m.id)?.upcoming ?? 0,
      after: after.ledger.find((l) => l.memberId === m.id)?.upcoming ?? 0,
    })),
    noLongerApplied: after.unapplied.filter((u) => !before.unapplied.some((b) => b.overrideId === u.overrideId)),
  };
}

/** The occurrences, matched by date, whose state or holder differs between two schedules. */
export function diffOccurrences(before: readonly ScheduledOccurrence[], after: readonly ScheduledOccurrence[]): OccurrenceDiff[] {
  const afterByDate = new Map(after.map((o) => [o.date, o]));
  const diffs: OccurrenceDiff[] = [];
  for (const b of before) {
    const a = afterByDate.get(b.date);
    if (a && describe(a) !== describe(b)) diffs.push({ date: b.date, before: b, after: a });
  }
  return diffs;
}

function describe(o: ScheduledOccurrence): string {
  return o.status === 'scheduled' ? `${o.status}:${o.memberId}` : `${o.status}:${o.reason}`;
}
