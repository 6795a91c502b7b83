import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { goalView, requireLiveGoal } from './goal-view';
import { requireLiveDecision } from '../decisions';

export function goalLinkServices(ctx: CoreContext): Pick<Services, 'linkGoalDecision' | 'unlinkGoalDecision'> {
  return {
    linkGoalDecision: ({ goalId, decisionId }) =>
      ctx.write(() => {
        const goal = requireLiveGoal(ctx, goalId, 'goalId');
        const decision = requireLiveDecision(ctx, decisionId, 'decisionId');
        if (decision.workspaceId !== goal.workspaceId) {
          throw new AppError('invalid_input', `Decision "${decision.content.title}" is in another workspace than goal "${goal.title}"`, 'decisionId');
        }
        ctx.goals.decisionLinks.add(goalId, decisionId);
        return goalView(ctx, goalId);
      }),

    unlinkGoalDecision: ({ goalId, decisionId }) =>
      ctx.write(() => {
        requireLiveGoal(ctx, goalId, 'goalId');
        ctx.goals.decisionLinks.remove(goalId, decisionId);
        return goalView(ctx, goalId);
      }),
  };
}
