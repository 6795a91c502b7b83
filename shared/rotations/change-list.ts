import type { CalendarDate } from '../domain/calendar-date';
import type { UnappliedChange } from './fair-schedule';
import type { RotationEdit } from './rotation-change';
import type { PlanOverride, SchedulePlan } from './rotation-model';

/** One line of a rotation's Changes list. */
export type ChangeEntry = (
  | PlanOverride
  | { id: string; type: 'join'; memberId: string; date: CalendarDate }
  | { id: string; type: 'leave'; memberId: string; date: CalendarDate }
  | { id: string; type: 'reorder'; date: CalendarDate; memberIds: string[] }
) & {
  /** The change that takes it back. */
  undo: RotationEdit;
  /** Why it no longer changes anything (its date was skipped since, …), or null while it does. */
  noLongerApplies: string | null;
};

/**
 * Every change made to a rotation, as its Changes list shows it: skips, absences, swaps and covers,
 * members joining and leaving, and new orders, by the date each takes effect (ties in the order they
 * were made), each with the change that undoes it.
 */
export function changeList(plan: SchedulePlan, unapplied: readonly UnappliedChange[]): ChangeEntry[] {
  const whyNot = (id: string) => unapplied.find((u) => u.overrideId === id)?.reason ?? null;
  const entries: { effective: CalendarDate; entry: ChangeEntry }[] = [];
  for (const o of plan.overrides) {
    const effective = o.type === 'absence' ? o.from : o.type === 'swap' ? (o.dateA < o.dateB ? o.dateA : o.dateB) : o.date;
    entries.push({ effective, entry: { ...o, undo: { type: 'removeOverride', overrideId: o.id }, noLongerApplies: whyNot(o.id) } });
  }
  for (const m of plan.members) {
    if (m.activeFrom !== null && m.activeFrom > plan.startDate) {
      const entry: ChangeEntry = { id: `join-${m.id}`, type: 'join', memberId: m.id, date: m.activeFrom, undo: { type: 'undoJoin', memberId: m.id }, noLongerApplies: null };
      entries.push({ effective: m.activeFrom, entry });
    }
    if (m.activeUntil !== null) {
      const entry: ChangeEntry = { id: `leave-${m.id}`, type: 'leave', memberId: m.id, date: m.activeUntil, undo: { type: 'undoLeave', memberId: m.id }, noLongerApplies: null };
      entries.push({ effective: m.activeUntil, entry });
    }
  }
  for (const r of plan.reorders ?? []) {
    const entry: ChangeEntry = { id: r.id, type: 'reorder', date: r.from, memberIds: r.memberIds, undo: { type: 'removeOverride', overrideId: r.id }, noLongerApplies: null };
    entries.push({ effective: r.from, entry });
  }
  // Array sort is stable, so changes on one date keep the order they were made in.
  return entries.sort((a, b) => a.effective.localeCompare(b.effective)).map((e) => e.entry);
}
