import { randomUUID } from 'node:crypto';
import type { Rotation } from '../../../shared/api/rotation-operations';
import type { RotationContext } from './rotation-context';

/**
 * Brings the check-in a logged session recorded in line with the rotation's behavior target: one
 * check-in of 1 on the session's date while the rotation counts toward a behavior of a live goal
 * that had started by then, none otherwise. Keyed by rotation and date, so saving again updates it.
 * Runs inside the caller's write transaction.
 */
export function syncSessionCheckIn(ctx: RotationContext, rotation: Rotation, date: string): void {
  const target = ctx.links.target(rotation.id);
  // A goal in the trash keeps its check-ins untouched, so restoring it restores them too.
  if (target?.goalDeleted) return;
  const existingId = ctx.links.sessionCheckIn(rotation.id, date);
  const existing = existingId === undefined ? undefined : ctx.checkIns.find(existingId);
  const entry = ctx.log.find(rotation.id, date);
  const counts = target !== undefined && entry !== undefined && date >= target.goalStartDate;
  if (existing && (!counts || existing.subjectId !== target.behaviorId)) ctx.checkIns.delete(existing.id);
  if (!counts) return;

  const at = ctx.core.now().toISOString();
  const note = sessionNote(ctx, rotation, date, entry.holderName);
  if (existing && existing.subjectId === target.behaviorId) {
    ctx.checkIns.update(existing.id, { date, value: 1, note, confidence: existing.confidence }, at);
    return;
  }
  const id = randomUUID();
  ctx.checkIns.insert({ id, goalId: target.goalId, subject: 'behavior', subjectId: target.behaviorId, date, value: 1, note, confidence: null, createdAt: at, updatedAt: at });
  ctx.links.recordSessionCheckIn(rotation.id, date, id);
}

/** Re-syncs every logged session of a rotation, after its behavior target changed. */
export function syncAllSessionCheckIns(ctx: RotationContext, rotation: Rotation): void {
  const target = ctx.links.target(rotation.id);
  if (!target) {
    // Without a target there is nothing to check; only the check-ins sessions recorded go.
    for (const id of ctx.links.sessionCheckIns(rotation.id)) ctx.checkIns.delete(id);
    return;
  }
  for (const entry of ctx.log.listByRotation(rotation.id)) syncSessionCheckIn(ctx, rotation, entry.date);
}

/** "Friday learning: Ada taught “Property-based testing”", so the goal page says where the check-in came from. */
function sessionNote(ctx: RotationContext, rotation: Rotation, date: string, holder: string | null): string {
  const topic = ctx.topics.listByRotation(rotation.id).find((t) => t.assignedDate === date)?.title;
  const who = holder ?? 'Someone';
  if (rotation.kind === 'role') return `${rotation.name}: ${who} held the turn`;
  return topic ? `${rotation.name}: ${who} taught “${topic}”` : `${rotation.name}: ${who} taught a session`;
}
