import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Rotation } from '../../shared/api/rotation-operations';
import { BacklogView } from '../../shared/room/backlog-view';
import { JoinAnswer } from '../../shared/room/participant-request';
import type { RoomEvent } from '../../shared/room/participant-view';
import type { Room } from '../../shared/room/room';
import { call, callError } from '../core/testing/call';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../core/testing/temp-core';
import { startParticipantListener } from './participant-listener';
import { makePageDir, roomClient, type RoomClient } from './room-client.test-support';

// A teaching rotation's topic backlog opened to the room: the same listener and guards as a
// session's room, with the backlog's own requests.
let core: TempCore;
let workspaceId: string;
let rotation: Rotation;
const clock = fixedClock('2025-06-15T10:00:00Z');

async function teachingRotation(name: string): Promise<Rotation> {
  return call(core, 'createRotation', {
    workspaceId,
    name,
    kind: 'teaching',
    members: ['Ada', 'Grace', 'Linus'],
    cadence: { kind: 'weekly', weekday: 5 },
    startDate: '2025-06-20',
    time: '15:00',
    durationMinutes: 45,
    timeZone: 'UTC',
  });
}

beforeEach(async () => {
  core = await openTempCore({ now: clock.now, room: { listen: startParticipantListener, pageDir: makePageDir() } });
  workspaceId = (await createWorkspace(core)).id;
  rotation = await teachingRotation('Friday teaching');
});
afterEach(() => core.dispose());

async function openBacklog(rotationId = rotation.id): Promise<{ room: Room; client: RoomClient; joinToken: string }> {
  const room = await call(core, 'openRoom', { kind: 'backlog', id: rotationId, address: '127.0.0.1' });
  return { room, client: roomClient(room.port), joinToken: room.joinUrl.split('#join=')[1] as string };
}

async function joined(client: RoomClient, body: unknown): Promise<JoinAnswer> {
  const answer = await client.join(body);
  expect(answer.status, answer.body).toBe(200);
  return JoinAnswer.parse((answer.json as { value: unknown }).value);
}

function backlogOf(answer: { status: number; body: string; json: unknown }): BacklogView {
  expect(answer.status, answer.body).toBe(200);
  return BacklogView.parse((answer.json as { value: unknown }).value);
}

const isBacklog = (match: (view: BacklogView) => boolean) => (event: RoomEvent) => event.type === 'view' && event.view.kind === 'backlog' && match(event.view);

describe('a backlog’s room', () => {
  it('lets people join by name, propose topics and vote as themselves, live on every page and in the backlog', async () => {
    const { room, client, joinToken } = await openBacklog();
    expect(room.target).toEqual({ kind: 'backlog', id: rotation.id });
    const ada = await joined(client, { joinToken, name: 'ada' });
    expect(ada.name).toBe('Ada');
    const guest = await joined(client, { code: room.code, name: 'Barbara' });
    expect((await call(core, 'getRoom', { kind: 'backlog', id: rotation.id }))?.participants.map((p) => p.name)).toEqual(['Ada', 'Barbara']);
    const guestStream = await client.follow(guest.participantToken);
    await guestStream.next(isBacklog(() => true));

    const proposed = backlogOf(await client.act(ada.participantToken, { type: 'proposeTopic', title: 'Property-based testing', description: 'Find the edge cases' }));
    expect(proposed.topics).toEqual([{ id: expect.any(String) as string, title: 'Property-based testing', description: 'Find the edge cases', proposedBy: 'Ada', votes: 0, mine: false }]);
    const topicId = proposed.topics[0]?.id as string;
    await guestStream.next(isBacklog((v) => v.topics.length === 1));

    expect(backlogOf(await client.act(guest.participantToken, { type: 'voteTopic', topicId, vote: true })).topics[0]).toMatchObject({ votes: 1, mine: true });
    // The app's own vote, by a member at the facilitator's laptop, reaches the room's pages too.
    await call(core, 'voteRotationTopic', { topicId, voter: 'Grace' });
    const seen = await guestStream.next(isBacklog((v) => v.topics[0]?.votes === 2));
    expect(seen.type === 'view' && seen.view.kind === 'backlog' && seen.view.topics[0]?.mine).toBe(true);
    expect(backlogOf(await client.act(guest.participantToken, { type: 'voteTopic', topicId, vote: false })).topics[0]).toMatchObject({ votes: 1, mine: false });

    const [topic] = await call(core, 'listRotationTopics', { rotationId: rotation.id });
    expect([topic?.proposedBy, topic?.voters]).toEqual(['Ada', ['Grace']]);
    guestStream.close();
  });

  it('asks everyone for a name, once per room', async () => {
    expect((await callError(core, 'openRoom', { kind: 'backlog', id: rotation.id, address: '127.0.0.1', allowAnonymous: true })).field).toBe('allowAnonymous');
    const { client, joinToken } = await openBacklog();
    expect((await client.join({ joinToken, anonymous: true })).status).toBe(403);
    await joined(client, { joinToken, name: 'Grace' });
    const twice = await client.join({ joinToken, name: 'GRACE' });
    expect([twice.status, (twice.json as { error: { field: string } }).error.field]).toEqual([409, 'name']);
  });

  it('opens for a teaching rotation only, and closes when the facilitator closes it or the rotation goes', async () => {
    const role = await call(core, 'createRotation', {
      workspaceId,
      name: 'Security Commander',
      kind: 'role',
      members: ['Ada'],
      cadence: { kind: 'weekly', weekday: 1 },
      startDate: '2025-06-16',
      time: '09:00',
      durationMinutes: 30,
      timeZone: 'UTC',
    });
    expect((await callError(core, 'openRoom', { kind: 'backlog', id: role.id, address: '127.0.0.1' })).message).toContain('only teaching rotations have a topic backlog');

    const { client, joinToken } = await openBacklog();
    const ada = await joined(client, { joinToken, name: 'Ada' });
    const stream = await client.follow(ada.participantToken);
    await stream.next();
    expect(await call(core, 'closeRoom', { kind: 'backlog', id: rotation.id })).toEqual({ closed: true });
    expect(await stream.next((e) => e.type === 'closed')).toEqual({ type: 'closed', reason: 'closed' });
    expect(await call(core, 'getRoom', { kind: 'backlog', id: rotation.id })).toBeNull();

    const again = await openBacklog();
    const grace = await joined(again.client, { joinToken: again.joinToken, name: 'Grace' });
    const graceStream = await again.client.follow(grace.participantToken);
    await graceStream.next();
    await call(core, 'deleteRotation', { id: rotation.id });
    expect(await graceStream.next((e) => e.type === 'closed')).toEqual({ type: 'closed', reason: 'gone' });
  });

  it('is a room apart from the session rooms and the other backlogs', async () => {
    const other = await teachingRotation('Tuesday teaching');
    const first = await openBacklog();
    const second = await openBacklog(other.id);
    expect(second.room.port).not.toBe(first.room.port);
    const ada = await joined(first.client, { joinToken: first.joinToken, name: 'Ada' });
    expect((await second.client.view(ada.participantToken)).status).toBe(401);
    expect((await first.client.join({ joinToken: second.joinToken, name: 'Mallory' })).status).toBe(403);
    expect(await call(core, 'getRoom', { id: rotation.id })).toBeNull();
  });
});
