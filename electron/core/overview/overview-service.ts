import type { Services } from '../../../shared/api/contract';
import { RECENT_ACTIVITY_LIMIT } from '../../../shared/api/overview-operations';
import { calendarDateIn, runtimeTimeZone } from '../../../shared/rotations/zoned-time';
import type { CoreContext } from '../core-context';
import { requireLiveDecision } from '../decisions';
import { requireWorkspace, requireWorkspaceExists } from '../workspace';
import { loadSampleWorkspace } from './sample-workspace-loader';
import { timelinePage } from './timeline-page';

type OverviewServices = Pick<Services, 'getDecisionGraph' | 'getTimeline' | 'getHomeOverview' | 'listDecisionGoals' | 'openSampleWorkspace'>;

export function overviewServices(ctx: CoreContext): OverviewServices {
  const { graphs, timeline, waiting, goalBacklinks } = ctx.overview;
  // Without the viewer's zone, the host's: in the desktop app that is the viewer's own.
  const timelineOf = (workspaceId: string, timeZone: string | undefined) => timeline.sortedEvents(workspaceId, timeZone ?? runtimeTimeZone());

  return {
    getDecisionGraph: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return graphs.graph(workspaceId);
    },

    getTimeline: ({ workspaceId, timeZone, kinds, statuses, limit, before }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return timelinePage(timelineOf(workspaceId, timeZone), { kinds, statuses }, limit, before);
    },

    getHomeOverview: ({ workspaceId, timeZone }) => {
      const workspace = requireWorkspace(ctx, workspaceId, 'workspaceId');
      return {
        decisionCount: workspace.decisionCount,
        // Due by the viewer's day: a web host may run in another zone than the person reading Home.
        dueForReview: ctx.dueForReview.list(workspaceId, calendarDateIn(timeZone ?? runtimeTimeZone(), ctx.now())),
        waiting: waiting.list(workspaceId),
        recent: timelineOf(workspaceId, timeZone).slice(0, RECENT_ACTIVITY_LIMIT),
      };
    },

    listDecisionGoals: ({ decisionId }) => {
      requireLiveDecision(ctx, decisionId, 'decisionId');
      return goalBacklinks.list(decisionId);
    },

    openSampleWorkspace: () => ctx.write(() => loadSampleWorkspace(ctx)),
  };
}
