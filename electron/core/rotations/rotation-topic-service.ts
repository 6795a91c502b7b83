import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { RotationTopic } from '../../../shared/api/rotation-operations';
import type { CoreContext } from '../core-context';
import { requireRotation, todayOf } from './rotation-lookup';
import { requireScheduledOccurrence } from './rotation-occurrence-check';

type TopicServices = Pick<
  Services,
  'listRotationTopics' | 'proposeRotationTopic' | 'voteRotationTopic' | 'assignRotationTopic' | 'deleteRotationTopic'
>;

export function rotationTopicServices(ctx: CoreContext): TopicServices {
  const requireTopic = (id: string): RotationTopic => {
    const topic = ctx.rotations.topics.find(id);
    if (!topic) throw new AppError('not_found', `Topic ${id} not found`, 'topicId');
    return topic;
  };
  return {
    listRotationTopics: ({ rotationId }) => {
      requireRotation(ctx, rotationId, 'rotationId');
      return sortBacklog(ctx.rotations.topics.listByRotation(rotationId));
    },

    proposeRotationTopic: ({ rotationId, ...fields }) =>
      ctx.write(() => {
        const rotation = requireRotation(ctx, rotationId, 'rotationId');
        if (rotation.kind !== 'teaching') {
          throw new AppError('invalid_input', `${rotation.name} is a role rotation; only teaching rotations have a topic backlog`, 'rotationId');
        }
        const id = randomUUID();
        ctx.rotations.topics.insert({ id, rotationId, ...fields, createdAt: ctx.now().toISOString(), assignedDate: null });
        return requireTopic(id);
      }),

    voteRotationTopic: ({ topicId, voter, vote }) =>
      ctx.write(() => {
        requireTopic(topicId);
        ctx.rotations.topics.vote(topicId, voter, vote);
        return requireTopic(topicId);
      }),

    assignRotationTopic: ({ topicId, date }) =>
      ctx.write(() => {
        const topic = requireTopic(topicId);
        if (date !== null) {
          const rotation = requireRotation(ctx, topic.rotationId, 'topicId');
          if (date < todayOf(ctx, rotation)) throw new AppError('invalid_input', `${date} is in the past; assign topics to upcoming sessions`, 'date');
          requireScheduledOccurrence(rotation, date, 'date');
          const previous = ctx.rotations.topics.assignedOn(rotation.id, date);
          if (previous && previous.id !== topic.id) ctx.rotations.topics.assign(previous.id, null);
        }
        ctx.rotations.topics.assign(topic.id, date);
        return requireTopic(topicId);
      }),

    deleteRotationTopic: ({ topicId }) =>
      ctx.write(() => {
        requireTopic(topicId);
        ctx.rotations.topics.delete(topicId);
        return { id: topicId };
      }),
  };
}

/** Open topics first, most votes first (older first on a tie); then assigned ones by date. */
function sortBacklog(topics: RotationTopic[]): RotationTopic[] {
  return topics.sort((a, b) => {
    if ((a.assignedDate === null) !== (b.assignedDate === null)) return a.assignedDate === null ? -1 : 1;
    if (a.assignedDate !== null && b.assignedDate !== null) return a.assignedDate.localeCompare(b.assignedDate);
    return b.voters.length - a.voters.length || a.createdAt.localeCompare(b.createdAt);
  });
}
