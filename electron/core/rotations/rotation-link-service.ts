import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { rotationLinkOperations, BehaviorTarget } from '../../../shared/api/rotation-link-operations';
import { requireLiveDecision, requireWorkspace } from '../workspace/record-lookup';
import { requireRotation, type RotationContext } from './rotation-context';
import type { TargetBehavior } from './rotation-link-store';
import { syncAllSessionCheckIns } from './rotation-session-check-in';

/** Behavior targets of rotations and the backlinks from decisions and goals to the sessions about them. */
export function rotationLinkServices(ctx: RotationContext): Pick<Services, keyof typeof rotationLinkOperations> {
  const { core } = ctx;
  const liveTarget = (rotationId: string): BehaviorTarget | null => {
    const target = ctx.links.target(rotationId);
    return target && !target.goalDeleted ? publicTarget(target) : null;
  };
  return {
    listBehaviorTargets: ({ workspaceId }) => {
      requireWorkspace(core, workspaceId, 'workspaceId');
      return ctx.links.behaviorsOfWorkspace(workspaceId).map(publicTarget);
    },

    getRotationBehavior: ({ rotationId }) => {
      requireRotation(ctx, rotationId, 'rotationId');
      return liveTarget(rotationId);
    },

    setRotationBehavior: ({ rotationId, behaviorId }) =>
      core.write(() => {
        const rotation = requireRotation(ctx, rotationId, 'rotationId');
        if (behaviorId !== null) {
          const behavior = ctx.links.behavior(behaviorId);
          if (!behavior || behavior.goalDeleted || behavior.goalWorkspaceId !== rotation.workspaceId) {
            throw new AppError('not_found', `Behavior ${behaviorId} not found among this workspace's goals`, 'behaviorId');
          }
        }
        ctx.links.setTarget(rotation.id, behaviorId);
        syncAllSessionCheckIns(ctx, rotation);
        return liveTarget(rotation.id);
      }),

    listDecisionRotationSessions: ({ decisionId }) => {
      requireLiveDecision(core, decisionId, 'decisionId');
      return ctx.links.sessionsAboutDecision(decisionId);
    },

    listGoalRotationSessions: ({ goalId }) => {
      const goal = ctx.goals.find(goalId);
      if (!goal || goal.deletedAt !== null) throw new AppError('not_found', `Goal ${goalId} not found`, 'goalId');
      return ctx.links.sessionsAboutGoal(goalId);
    },
  };
}

function publicTarget({ goalId, goalTitle, behaviorId, who, action }: TargetBehavior): BehaviorTarget {
  return { goalId, goalTitle, behaviorId, who, action };
}
