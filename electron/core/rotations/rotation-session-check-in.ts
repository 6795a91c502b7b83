import type { Rotation } from '../../../shared/api/rotation-operations';
import type { CoreContext } from '../core-context';
import { removeAutomaticCheckIn, saveAutomaticCheckIn } from '../goals';

/**
 * Brings the check-in a logged session recorded in line with the rotation's behavior target: one
 * check-in of 1 on the session's date while the rotation counts toward a behavior of a live goal
 * that had started by then, none otherwise. Keyed by rotation and date, so saving again updates it.
 * Runs inside the caller's write transaction.
 */
export function syncSessionCheckIn(ctx: CoreContext, rotation: Rotation, date: string): void {
  const target = ctx.rotations.links.target(rotation.id);
  // A goal in the trash keeps its check-ins untouched, so restoring it restores them too.
  if (target?.goalDeleted) return;
  const existingId = ctx.rotations.links.sessionCheckIn(rotation.id, date);
  const entry = ctx.rotations.log.find(rotation.id, date);
  const counts = target !== undefined && entry !== undefined && date >= target.goalStartDate;
  if (!counts) {
    if (existingId !== undefined) removeAutomaticCheckIn(ctx, existingId);
    return;
  }
  const note = sessionNote(ctx, rotation, date, entry.holderName);
  const id = saveAutomaticCheckIn(ctx, existingId, { goalId: target.goalId, behaviorId: target.behaviorId, date, note });
  if (id !== existingId) ctx.rotations.links.recordSessionCheckIn(rotation.id, date, id);
}

/** Re-syncs every logged session of a rotation, after its behavior target changed. */
export function syncAllSessionCheckIns(ctx: CoreContext, rotation: Rotation): void {
  const target = ctx.rotations.links.target(rotation.id);
  if (!target) {
    // Without a target there is nothing to check; only the check-ins sessions recorded go.
    for (const id of ctx.rotations.links.sessionCheckIns(rotation.id)) removeAutomaticCheckIn(ctx, id);
    return;
  }
  for (const entry of ctx.rotations.log.listByRotation(rotation.id)) syncSessionCheckIn(ctx, rotation, entry.date);
}

/** "Friday learning: Ada taught “Property-based testing”", so the goal page says where the check-in came from. */
function sessionNote(ctx: CoreContext, rotation: Rotation, date: string, holder: string | null): string {
  const topic = ctx.rotations.topics.listByRotation(rotation.id).find((t) => t.assignedDate === date)?.title;
  const who = holder ?? 'Someone';
  if (rotation.kind === 'role') return `${rotation.name}: ${who} held the turn`;
  return topic ? `${rotation.name}: ${who} taught “${topic}”` : `${rotation.name}: ${who} taught a session`;
}
