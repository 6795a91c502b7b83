import { describe, expect, it } from 'vitest';
import type { RotationTopic } from '../api/rotation-operations';
import { BacklogAction, backlogJoinName, backlogOperationFor } from './backlog-action';
import { backlogView } from './backlog-view';

const ROTATION = '00000000-0000-4000-8000-000000000001';
const OPEN = '00000000-0000-4000-8000-00000000000a';
const ASSIGNED = '00000000-0000-4000-8000-00000000000b';

function topic(id: string, fields: Partial<RotationTopic> = {}): RotationTopic {
  return { id, rotationId: ROTATION, title: `Topic ${id.slice(-1)}`, description: '', links: [], proposedBy: 'Ada', createdAt: '2025-06-15T10:00:00Z', voters: [], assignedDate: null, ...fields };
}

const backlog = [topic(OPEN, { voters: ['Grace', 'ada'] }), topic(ASSIGNED, { assignedDate: '2025-06-20', voters: ['Grace'] })];

describe('a participant’s request to a backlog', () => {
  it('proposes and votes as the name they joined with, never one they send', () => {
    const propose = BacklogAction.parse({ type: 'proposeTopic', title: '  Property-based testing ' });
    expect(backlogOperationFor(propose, { name: 'Linus' }, ROTATION, backlog)).toEqual({
      operation: 'proposeRotationTopic',
      input: { rotationId: ROTATION, title: 'Property-based testing', description: '', proposedBy: 'Linus' },
    });
    const vote = BacklogAction.parse({ type: 'voteTopic', topicId: OPEN, vote: false });
    expect(backlogOperationFor(vote, { name: 'Linus' }, ROTATION, backlog)).toEqual({ operation: 'voteRotationTopic', input: { topicId: OPEN, voter: 'Linus', vote: false } });
    expect(BacklogAction.safeParse({ type: 'voteTopic', topicId: OPEN, vote: true, voter: 'Grace' }).success).toBe(false);
    expect(BacklogAction.safeParse({ type: 'proposeTopic', title: 'X', proposedBy: 'Grace' }).success).toBe(false);
    expect(BacklogAction.safeParse({ type: 'deleteTopic', topicId: OPEN }).success).toBe(false);
    expect(BacklogAction.safeParse({ type: 'proposeTopic', title: ' ' }).success).toBe(false);
  });

  it('refuses a vote on a topic outside the backlog’s open topics', () => {
    const elsewhere = BacklogAction.parse({ type: 'voteTopic', topicId: '00000000-0000-4000-8000-0000000000ff', vote: true });
    expect(() => backlogOperationFor(elsewhere, { name: 'Linus' }, ROTATION, backlog)).toThrow('That topic is not open in this backlog');
    const assigned = BacklogAction.parse({ type: 'voteTopic', topicId: ASSIGNED, vote: true });
    expect(() => backlogOperationFor(assigned, { name: 'Linus' }, ROTATION, backlog)).toThrow('not open');
  });
});

describe('joining a backlog’s room', () => {
  const members = [{ name: 'Ada Lovelace' }, { name: 'Grace' }];

  it('takes any name, spelled as the rotation spells its members', () => {
    expect(backlogJoinName(' grace ', members, [])).toBe('Grace');
    expect(backlogJoinName('Barbara', members, ['Grace'])).toBe('Barbara');
  });

  it('refuses a name already in the room, and one the backlog would not take', () => {
    expect(() => backlogJoinName('GRACE', members, ['Grace'])).toThrow('Grace has already joined the room');
    expect(() => backlogJoinName('x'.repeat(101), members, [])).toThrow('longer than 100');
    expect(() => backlogJoinName(' ', members, [])).toThrow('must not be empty');
  });
});

describe('a backlog as a participant sees it', () => {
  it('shows the open topics with their votes and whether the viewer’s is one, never who voted', () => {
    const view = backlogView('Friday teaching', backlog, { name: 'Ada' }, 3);
    expect(view).toEqual({
      kind: 'backlog',
      title: 'Friday teaching',
      me: { name: 'Ada' },
      participantCount: 3,
      topics: [{ id: OPEN, title: 'Topic a', description: '', proposedBy: 'Ada', votes: 2, mine: true }],
    });
    expect(backlogView('Friday teaching', backlog, { name: 'Linus' }, 3).topics[0]?.mine).toBe(false);
    expect(JSON.stringify(view)).not.toContain('Grace');
  });
});
