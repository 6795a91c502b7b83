import { z } from 'zod';
import { DecisionSummary, Id } from '../domain/decision';
import { DecisionGraph } from '../graph/decision-graph';
import { TimelineCursor } from '../overview/timeline-cursor';
import { TimelineEvent } from '../overview/timeline-event';
import { TimelineFilter } from '../overview/timeline-filter';
import { KindCounts, MonthCount } from '../overview/timeline-summary';
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

/** The most events one timeline answer holds: a page to draw, not the whole history. */
export const TIMELINE_PAGE_MAX = 1000;

export const TimelineInput = TimelineFilter.extend({
  workspaceId: Id,
  timeZone: ViewerZone,
  /** How many events to answer, newest first; left out, all of them (the whole filtered timeline). */
  limit: z.number().int().min(1).max(TIMELINE_PAGE_MAX).optional(),
  /** The `next` of the previous answer: the events after it. Left out, from the newest. */
  before: TimelineCursor.optional(),
});

export const TimelineAnswer = z.object({
  /** The page: the filtered events after `before`, newest first, at most `limit`. */
  events: z.array(TimelineEvent),
  /** The filtered events in the whole timeline, loaded or not. */
  total: z.number().int(),
  /** The whole filtered timeline's months with their counts, newest first: the axis, and what folds as quiet. */
  months: z.array(MonthCount),
  /** Filtered events without a date (they come after every month). */
  undated: z.number().int(),
  /** Events of each kind in the whole timeline, unfiltered: the counts on the kind chips. */
  kinds: KindCounts,
  /** The statuses decision events entered, unfiltered, sorted: the status chips. */
  statuses: z.array(z.string()),
  /** Where the next page starts; null when this one reaches the end. */
  next: TimelineCursor.nullable(),
});
export type TimelineAnswer = z.infer<typeof TimelineAnswer>;

/** Reads across the capabilities for the home page, the decision graph and the timeline. */
export const overviewOperations = {
  getDecisionGraph: op(
    z.object({ workspaceId: Id }),
    DecisionGraph,
    'Every live decision of a workspace with the typed links between them, in one call.',
  ),
  getTimeline: op(
    TimelineInput,
    TimelineAnswer,
    'What happened, newest first: decisions proposed, accepted and superseded (from their revisions), sessions held, goal check-ins and rotation sessions; filtered by kind and status, a page at a time (`limit`, `before`: the previous answer\'s `next`), with the counts per month and kind of the whole timeline.',
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
