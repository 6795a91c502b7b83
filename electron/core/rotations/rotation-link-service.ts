import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { rotationLinkOperations, BehaviorTarget } from '../../../shared/api/rotation-link-operations';
import type { CoreContext } from '../core-context';
import { requireLiveDecision } from '../decisions';
import { requireLiveGoal } from '../goals';
import { requireWorkspace } from '../workspace';
import { requireRotation } from './rotation-lookup';
import type { TargetBehavior } from './rotation-link-store';
import { syncAllSessionCheckIns } from './rotation-session-check-in';

/** Behavior targets of rotations and the backlinks from decisions and goals to the sessions about them. */
export function rotationLinkServices(ctx: CoreContext): Pick<Services, keyof typeof rotationLinkOperations> {
  const liveTarget = (rotationId: string): BehaviorTarget | null => {
    const target = ctx.rotations.links.target(rotationId);
    return target && !target.goalDeleted ? publicTarget(target) : null;
  };
  return {
    listBehaviorTargets: ({ workspaceId }) => {
      requireWorkspace(ctx, workspaceId, 'workspaceId');
      return ctx.rotations.links.behaviorsOfWorkspace(workspaceId).map(publicTarget);
    },

    getRotationBehavior: ({ rotationId }) => {
      requireRotation(ctx, rotationId, 'rotationId');
      return liveTarget(rotationId);
    },

    setRotationBehavior: ({ rotationId, behaviorId }) =>
      ctx.write(() => {
        const rotation = requireRotation(ctx, rotationId, 'rotationId');
        if (behaviorId !== null) {
          const behavior = ctx.rotations.links.behavior(behaviorId);
          if (!behavior || behavior.goalDeleted || behavior.goalWorkspaceId !== rotation.workspaceId) {
            throw new AppError('not_found', `Behavior ${behaviorId} not found among this workspace's goals`, 'behaviorId');
          }
        }
        ctx.rotations.links.setTarget(rotation.id, behaviorId);
        syncAllSessionCheckIns(ctx, rotation);
        return liveTarget(rotation.id);
      }),

    listDecisionRotationSessions: ({ decisionId }) => {
      requireLiveDecision(ctx, decisionId, 'decisionId');
      return ctx.rotations.links.sessionsAboutDecision(decisionId);
    },

    listGoalRotationSessions: ({ goalId }) => {
      requireLiveGoal(ctx, goalId, 'goalId');
      return ctx.rotations.links.sessionsAboutGoal(goalId);
    },
  };
}

function publicTarget({ goalId, goalTitle, behaviorId, who, action }: TargetBehavior): BehaviorTarget {
  return { goalId, goalTitle, behaviorId, who, action };
}
