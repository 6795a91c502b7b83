import { z } from 'zod';
import { AppError } from '../api/api-result';
import { rotationOperations, type RotationMember, type RotationTopic } from '../api/rotation-operations';
import { Id } from '../domain/decision';
import { openTopics, sameName } from './backlog-view';

const propose = rotationOperations.proposeRotationTopic.input.shape;

/**
 * What a participant may do to a backlog from their own device: propose a topic and vote or
 * withdraw their vote, always as the name they joined with (the room fills it in; a request naming
 * a proposer or a voter is refused). Links are left to the app, where whoever follows them sees
 * who added them.
 */
export const BacklogAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('proposeTopic'), title: propose.title, description: propose.description }).strict(),
  z.object({ type: z.literal('voteTopic'), topicId: Id, vote: z.boolean() }).strict(),
]);
export type BacklogAction = z.output<typeof BacklogAction>;
export type BacklogActionInput = z.input<typeof BacklogAction>;

/** A name the backlog takes as a proposer and a voter. */
export const BacklogName = rotationOperations.voteRotationTopic.input.shape.voter;

export type BacklogOperation =
  | { operation: 'proposeRotationTopic'; input: z.input<typeof rotationOperations.proposeRotationTopic.input> }
  | { operation: 'voteRotationTopic'; input: z.input<typeof rotationOperations.voteRotationTopic.input> };

/**
 * The backlog operation a participant's request becomes. A vote reaches only an open topic of this
 * rotation's backlog: a topic id alone names any topic of any rotation, so the backlog's own list
 * is the check, not the id.
 */
export function backlogOperationFor(action: BacklogAction, voter: { name: string }, rotationId: string, topics: readonly RotationTopic[]): BacklogOperation {
  switch (action.type) {
    case 'proposeTopic':
      return { operation: 'proposeRotationTopic', input: { rotationId, title: action.title, description: action.description, proposedBy: voter.name } };
    case 'voteTopic':
      if (!openTopics(topics).some((topic) => topic.id === action.topicId)) throw new AppError('not_found', 'That topic is not open in this backlog', 'topicId');
      return { operation: 'voteRotationTopic', input: { topicId: action.topicId, voter: voter.name, vote: action.vote } };
  }
}

/**
 * The name a person joins a backlog's room under. Anyone may join by name, not only the rotation's
 * members: the backlog itself takes topics and votes from anyone (the audience of a teaching
 * rotation is wider than its presenters), and the room must not take away what the app allows.
 * A member's name is spelled as the rotation spells it, so their votes line up with the app's; a
 * name already in the room is refused, so one person does not join twice under one name.
 */
export function backlogJoinName(name: string, members: readonly Pick<RotationMember, 'name'>[], inRoom: readonly string[]): string {
  const parsed = BacklogName.safeParse(name);
  if (!parsed.success) throw new AppError('invalid_input', parsed.error.issues[0]?.message ?? 'Enter a name', 'name');
  const spelled = members.find((member) => sameName(member.name, parsed.data))?.name ?? parsed.data;
  if (inRoom.some((other) => sameName(other, spelled))) throw new AppError('conflict', `${spelled} has already joined the room: pick another name`, 'name');
  return spelled;
}
