import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import { goalView, requireLiveGoal, type GoalContext } from './goal-context';
import { requireLiveDecision } from '../workspace/record-lookup';

export function goalLinkServices(ctx: GoalContext): Pick<Services, 'linkGoalDecision' | 'unlinkGoalDecision'> {
  return {
    linkGoalDecision: ({ goalId, decisionId }) =>
      ctx.core.write(() => {
        const goal = requireLiveGoal(ctx, goalId, 'goalId');
        const decision = requireLiveDecision(ctx.core, decisionId, 'decisionId');
        if (decision.workspaceId !== goal.workspaceId) {
          throw new AppError('invalid_input', `Decision "${decision.content.title}" is in another workspace than goal "${goal.title}"`, 'decisionId');
        }
        ctx.decisionLinks.add(goalId, decisionId);
        return goalView(ctx, goalId);
      }),

    unlinkGoalDecision: ({ goalId, decisionId }) =>
      ctx.core.write(() => {
        requireLiveGoal(ctx, goalId, 'goalId');
        ctx.decisionLinks.remove(goalId, decisionId);
        return goalView(ctx, goalId);
      }),
  };
}
