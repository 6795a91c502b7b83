import type { Database } from 'better-sqlite3';
import type { Services } from '../../../shared/api/contract';
import { RECENT_ACTIVITY_LIMIT } from '../../../shared/api/overview-operations';
import { toCalendarDate } from '../../../shared/domain/calendar-date';
import { compareNewestFirst } from '../../../shared/overview/timeline-event';
import type { CoreContext } from '../core-context';
import { DecisionGoalBacklinks } from './decision-goal-backlinks';
import { DecisionGraphStore } from './decision-graph-store';
import { requireLiveDecision, requireWorkspace, requireWorkspaceExists } from '../workspace/record-lookup';
import { loadSampleWorkspace } from './sample-workspace-loader';
import { TimelineStore } from './timeline-store';
import { WaitingDecisions } from './waiting-decisions';

type OverviewServices = Pick<Services, 'getDecisionGraph' | 'getTimeline' | 'getHomeOverview' | 'listDecisionGoals' | 'openSampleWorkspace'>;

export function overviewServices(ctx: CoreContext, db: Database): OverviewServices {
  const graphs = new DecisionGraphStore(db);
  const timeline = new TimelineStore(db);
  const waiting = new WaitingDecisions(db);
  const goalBacklinks = new DecisionGoalBacklinks(db);
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

    openSampleWorkspace: () => ctx.write(() => loadSampleWorkspace(ctx, db)),
  };
}
