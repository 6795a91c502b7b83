import type { Services } from '../../../shared/api/contract';
import { RECENT_ACTIVITY_LIMIT } from '../../../shared/api/overview-operations';
import { toCalendarDate } from '../../../shared/domain/calendar-date';
import { compareNewestFirst } from '../../../shared/overview/timeline-event';
import type { CoreContext } from '../core-context';
import { requireLiveDecision } from '../decisions';
import { requireWorkspace, requireWorkspaceExists } from '../workspace';
import { loadSampleWorkspace } from './sample-workspace-loader';

type OverviewServices = Pick<Services, 'getDecisionGraph' | 'getTimeline' | 'getHomeOverview' | 'listDecisionGoals' | 'openSampleWorkspace'>;

export function overviewServices(ctx: CoreContext): OverviewServices {
  const { graphs, timeline, waiting, goalBacklinks } = ctx.overview;
  const timelineOf = (workspaceId: string) => timeline.events(workspaceId).sort(compareNewestFirst);

  return {
    getDecisionGraph: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return graphs.graph(workspaceId);
    },

    getTimeline: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return { events: timelineOf(workspaceId) };
    },

    getHomeOverview: ({ workspaceId }) => {
      const workspace = requireWorkspace(ctx, workspaceId, 'workspaceId');
      return {
        decisionCount: workspace.decisionCount,
        dueForReview: ctx.dueForReview.list(workspaceId, toCalendarDate(ctx.now())),
        waiting: waiting.list(workspaceId),
        recent: timelineOf(workspaceId).slice(0, RECENT_ACTIVITY_LIMIT),
      };
    },

    listDecisionGoals: ({ decisionId }) => {
      requireLiveDecision(ctx, decisionId, 'decisionId');
      return goalBacklinks.list(decisionId);
    },

    openSampleWorkspace: () => ctx.write(() => loadSampleWorkspace(ctx)),
  };
}
