import { randomUUID } from 'node:crypto';
import type { CoreContext } from '../core-context';

/** A check-in of 1 on a behavior that another feature records for the person (a rotation's logged session). */
export interface AutomaticCheckIn {
  goalId: string;
  behaviorId: string;
  date: string;
  /** Where it came from, shown on the goal page. */
  note: string;
}

/**
 * Keeps one automatic check-in: `existingId`, when it is still a check-in on the same behavior, is
 * updated in place (its confidence kept); otherwise it is removed and a new one recorded. Returns the
 * id of the check-in that now stands for it. Call inside the caller's write transaction.
 */
export function saveAutomaticCheckIn(ctx: CoreContext, existingId: string | undefined, { goalId, behaviorId, date, note }: AutomaticCheckIn): string {
  const { checkIns } = ctx.goals;
  const existing = existingId === undefined ? undefined : checkIns.find(existingId);
  const at = ctx.now().toISOString();
  if (existing && existing.subjectId === behaviorId) {
    checkIns.update(existing.id, { date, value: 1, note, confidence: existing.confidence }, at);
    return existing.id;
  }
  if (existing) checkIns.delete(existing.id);
  const id = randomUUID();
  checkIns.insert({ id, goalId, subject: 'behavior', subjectId: behaviorId, date, value: 1, note, confidence: null, createdAt: at, updatedAt: at });
  return id;
}

/** Removes an automatic check-in that no longer counts; one the person deleted already is no error. */
export function removeAutomaticCheckIn(ctx: CoreContext, id: string): void {
  ctx.goals.checkIns.delete(id);
}
