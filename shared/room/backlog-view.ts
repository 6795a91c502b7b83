import { z } from 'zod';
import type { RotationTopic } from '../api/rotation-operations';

/**
 * A teaching rotation's topic backlog as a participant's page shows it: the open topics with how
 * many votes each has and whether this person's is among them. Who else voted stays on the
 * facilitator's screen; assigned topics, the schedule and the members are not the room's to serve.
 */
export const BacklogView = z.object({
  kind: z.literal('backlog'),
  /** The rotation's name. */
  title: z.string(),
  me: z.object({ name: z.string() }),
  participantCount: z.number().int(),
  topics: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      proposedBy: z.string(),
      votes: z.number().int(),
      mine: z.boolean(),
    }),
  ),
});
export type BacklogView = z.infer<typeof BacklogView>;

/** The view of `topics` (the backlog as listRotationTopics orders it) for the person named `viewer`. */
export function backlogView(rotationName: string, topics: readonly RotationTopic[], viewer: { name: string }, participantCount: number): BacklogView {
  return {
    kind: 'backlog',
    title: rotationName,
    me: { name: viewer.name },
    participantCount,
    topics: openTopics(topics).map((topic) => ({
      id: topic.id,
      title: topic.title,
      description: topic.description,
      proposedBy: topic.proposedBy,
      votes: topic.voters.length,
      mine: topic.voters.some((voter) => sameName(voter, viewer.name)),
    })),
  };
}

/** The topics still waiting for a session: the ones the room may see and vote on. */
export function openTopics(topics: readonly RotationTopic[]): RotationTopic[] {
  return topics.filter((topic) => topic.assignedDate === null);
}

/** Names match without case, as the backlog's votes and the app's own vote button match them. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
