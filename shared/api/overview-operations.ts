import { z } from 'zod';
import { DecisionSummary, Id } from '../domain/decision';
import { DecisionGraph } from '../graph/decision-graph';
import { TimelineEvent } from '../overview/timeline-event';
import { TimeZoneName } from '../rotations/zoned-time';
import { op } from './operation';

/** How many recent events the home page shows. */
export const RECENT_ACTIVITY_LIMIT = 12;

export const HomeOverview = z.object({
  /** Live decisions in the workspace, to tell a new team from one with a log. */
  decisionCount: z.number().int(),
  /** Unsettled decisions whose review-by date has come, soonest first (a "not now" revisit too). */
  dueForReview: z.array(DecisionSummary),
  /** Proposed decisions, oldest first: the ones waiting longest for a session come first. */
  waiting: z.array(DecisionSummary),
  /** The newest events of the timeline. */
  recent: z.array(TimelineEvent),
});
export type HomeOverview = z.infer<typeof HomeOverview>;

/**
 * The viewer's zone: events are filed under the day the viewer's clock showed when they happened.
 * Left out, the zone of the computer the core runs on (the viewer's, in the desktop app).
 */
const ViewerZone = TimeZoneName.optional();

/** Reads across the capabilities for the home page, the decision graph and the timeline. */
export const overviewOperations = {
  getDecisionGraph: op(
    z.object({ workspaceId: Id }),
    DecisionGraph,
    'Every live decision of a workspace with the typed links between them, in one call.',
  ),
  getTimeline: op(
    z.object({ workspaceId: Id, timeZone: ViewerZone }),
    z.object({ events: z.array(TimelineEvent) }),
    'What happened, newest first: decisions proposed, accepted and superseded (from their revisions), sessions held, goal check-ins and rotation sessions.',
  ),
  getHomeOverview: op(z.object({ workspaceId: Id, timeZone: ViewerZone }), HomeOverview, 'What the home page shows: reviews due, decisions waiting and recent activity.'),
  listDecisionGoals: op(
    z.object({ decisionId: Id }),
    z.array(z.object({ id: Id, title: z.string() })),
    'The live goals linked to a decision, by title: the backlinks a decision page shows.',
  ),
  openSampleWorkspace: op(
    z.object({}),
    z.object({ workspaceId: Id, name: z.string() }),
    'Creates a workspace filled from the sample in resources/, to look around in.',
  ),
};
