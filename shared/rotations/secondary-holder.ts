import { isAbsent } from './fair-schedule';
import type { ScheduledOccurrence, SchedulePlan } from './rotation-model';

/**
 * The secondary of each occurrence: whoever holds the next turn after it, other than the holder, and
 * present on its date. Backing up the duty the turn before their own lets them learn it from the
 * holder. `occurrences` must run far enough past the last one that matters to find the next holder.
 */
export function secondaryHolders(plan: SchedulePlan, occurrences: readonly ScheduledOccurrence[]): (string | null)[] {
  return occurrences.map((o, index) => {
    if (o.status !== 'scheduled') return null;
    for (const later of occurrences.slice(index + 1)) {
      if (later.status !== 'scheduled' || later.memberId === o.memberId) continue;
      if (isAbsent(plan.overrides, later.memberId, o.date)) continue;
      return later.memberId;
    }
    return null;
  });
}
