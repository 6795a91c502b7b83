import { AppError } from '../../../shared/api/api-result';
import type { Rotation } from '../../../shared/api/rotation-operations';
import type { CoreContext } from '../core-context';
import { findLiveGoal } from '../goals';

interface LinkChoice {
  /** Undefined leaves the entry's links as they are. */
  decisionIds: readonly string[] | undefined;
  goalIds: readonly string[] | undefined;
}

/**
 * Replaces the decisions and goals a logged session links to. Each must be live and in the rotation's
 * own workspace; a wrong one is refused by its position in the list, so the form can point at it.
 */
export function saveSessionLinks(ctx: CoreContext, rotation: Rotation, date: string, { decisionIds, goalIds }: LinkChoice): void {
  if (decisionIds !== undefined) {
    decisionIds.forEach((id, index) => {
      const decision = ctx.decisions.find(id);
      if (!decision || decision.deletedAt !== null || decision.workspaceId !== rotation.workspaceId) {
        throw new AppError('not_found', `Decision ${id} not found in this rotation's workspace`, `decisionIds.${index}`);
      }
    });
    ctx.rotations.links.replaceDecisions(rotation.id, date, [...new Set(decisionIds)]);
  }
  if (goalIds !== undefined) {
    goalIds.forEach((id, index) => {
      const goal = findLiveGoal(ctx, id);
      if (!goal || goal.workspaceId !== rotation.workspaceId) {
        throw new AppError('not_found', `Goal ${id} not found in this rotation's workspace`, `goalIds.${index}`);
      }
    });
    ctx.rotations.links.replaceGoals(rotation.id, date, [...new Set(goalIds)]);
  }
}
