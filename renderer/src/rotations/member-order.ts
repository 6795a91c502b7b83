import type { OccurrenceView, Rotation } from '../../../shared/api/rotation-operations';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { isActiveOn } from '../../../shared/rotations/fair-schedule';

/**
 * The order a "Change the order" dialog starts from: the members of the rotation on `from`, in the
 * order their next turns come from that date in the schedule shown, then those without a turn there
 * (the rotation's own order). A new order is then a rearrangement of what the person already sees.
 */
export function orderFrom(rotation: Pick<Rotation, 'members'>, occurrences: readonly Pick<OccurrenceView, 'date' | 'status' | 'memberId'>[], from: CalendarDate): string[] {
  const active = rotation.members.filter((m) => isActiveOn(m, from)).map((m) => m.id);
  const upcoming = occurrences.filter((o) => o.status === 'scheduled' && o.date >= from).map((o) => o.memberId);
  const seen = new Set<string>();
  for (const id of upcoming) if (id !== null && active.includes(id)) seen.add(id);
  return [...seen, ...active.filter((id) => !seen.has(id))];
}

/** The order with the member at `index` moved one place earlier (-1) or later (+1); unchanged at either end. */
export function moveMember(order: readonly string[], index: number, step: -1 | 1): string[] {
  const to = index + step;
  if (index < 0 || index >= order.length || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[index], next[to]] = [next[to] as string, next[index] as string];
  return next;
}

/**
 * The person's arrangement kept over a change of date: their order of those still in the rotation
 * on the new date, then whoever joins by then, in the date's own order.
 */
export function keepArrangement(arranged: readonly string[], onDate: readonly string[]): string[] {
  return [...arranged.filter((id) => onDate.includes(id)), ...onDate.filter((id) => !arranged.includes(id))];
}
