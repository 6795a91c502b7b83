import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../shared/api/contract';
import { ROOM_CAPACITY, type Room } from '../../shared/room/room';
import { JoinAnswer } from '../../shared/room/participant-request';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { call } from '../core/testing/call';
import { createFridayTeaching } from '../core/testing/rotation-fixtures';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../core/testing/temp-core';
import { participantListener, ROOM_MAX_BODY_BYTES, ROOM_REQUESTS_PER_PARTICIPANT, startParticipantListener } from './participant-listener';
import { makePageDir, roomClient, type RoomClient } from './room-client.test-support';

// What a room refuses (docs/security.md): everything but its own participants' requests.
let core: TempCore;
let workspaceId: string;
const clock = fixedClock('2025-06-15T10:00:00Z');

beforeEach(async () => {
  clock.set('2025-06-15T10:00:00Z');
  core = await openTempCore({ now: clock.now, room: { listen: startParticipantListener, pageDir: makePageDir() } });
  workspaceId = (await createWorkspace(core)).id;
});
afterEach(() => core.dispose());

async function openRoom(title = 'Pick a message broker'): Promise<{ sessionId: string; room: Room; client: RoomClient; joinToken: string }> {
  const session = await call(core, 'createSession', { workspaceId, title });
  const room = await call(core, 'openRoom', { id: session.id, address: '127.0.0.1' });
  return { sessionId: session.id, room, client: roomClient(room.port), joinToken: room.joinUrl.split('#join=')[1] as string };
}

async function join(client: RoomClient, body: unknown): Promise<JoinAnswer> {
  const answer = await client.join(body);
  expect(answer.status, answer.body).toBe(200);
  return JoinAnswer.parse((answer.json as { value: unknown }).value);
}

describe('a room’s listener', () => {
  it('refuses every operation of the core, with or without a participant’s token', async () => {
    // Limits high enough that every refusal below is the route's, not the rate limit's.
    core.dispose();
    core = await openTempCore({ room: { listen: participantListener({ perAddress: 100_000, perParticipant: 100_000 }), pageDir: makePageDir() } });
    workspaceId = (await createWorkspace(core)).id;
    const { client, joinToken } = await openRoom();
    const { participantToken } = await join(client, { joinToken, name: 'Mallory' });
    const answered: string[] = [];
    for (const operation of OPERATION_NAMES) {
      for (const path of [`/api/${operation}`, `/room/${operation}`, `/${operation}`]) {
        for (const token of [participantToken, undefined]) {
          const post = await client.send({ path, body: JSON.stringify({}), ...(token && { token }) });
          const get = await client.send({ path, ...(token && { token }) });
          if (![404, 405].includes(post.status) || get.status !== 404 || post.body.includes('"ok":true')) answered.push(`${path} ${post.status}/${get.status}`);
        }
      }
    }
    expect(answered).toEqual([]);
    // A backlog's room answers to its own requests alone, through the same listener.
    const rotation = await createFridayTeaching(core, workspaceId, { members: ['Ada'], startDate: '2025-06-20', timeZone: 'UTC' });
    const backlogRoom = await call(core, 'openRoom', { kind: 'backlog', id: rotation.id, address: '127.0.0.1' });
    const backlog = roomClient(backlogRoom.port);
    const guest = await join(backlog, { joinToken: backlogRoom.joinUrl.split('#join=')[1], name: 'Mallory' });
    for (const operation of OPERATION_NAMES) {
      for (const token of [guest.participantToken, undefined]) {
        const post = await backlog.send({ path: `/api/${operation}`, body: JSON.stringify({}), ...(token && { token }) });
        if (![404, 405].includes(post.status) || post.body.includes('"ok":true')) answered.push(`backlog /api/${operation} ${post.status}`);
      }
    }
    expect(answered).toEqual([]);
    // The app's own page and the files beside it are not the room's to serve.
    expect((await client.send({ path: '/index.html' })).status).toBe(404);
    expect((await client.send({ path: '/api/changes', token: participantToken })).status).toBe(404);
    expect((await client.send({ path: '/assets/../index.html' })).body).not.toContain('Cairn app');
  });

  it('serves its page with the app’s security headers', async () => {
    const { client } = await openRoom();
    const page = await client.send({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Join the room');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect((await client.send({ path: '/assets/participant-abc.js' })).status).toBe(200);
  });

  it('lets in only the link’s token or the room’s code', async () => {
    const first = await openRoom();
    const second = await openRoom('Pick a cache');
    const otherLink = await first.client.join({ joinToken: second.joinToken, name: 'Mallory' });
    expect(otherLink.status).toBe(403);
    expect((await first.client.join({ joinToken: 'short', name: 'Mallory' })).status).toBe(400);
    expect((await first.client.join({ code: second.room.code === first.room.code ? 'AAAAAA' : second.room.code, name: 'Mallory' })).status).toBe(403);
    // Both at once, neither, or a name left out: each named in the refusal.
    expect((await first.client.join({ joinToken: first.joinToken, code: first.room.code, name: 'Mallory' })).status).toBe(400);
    expect((await first.client.join({ name: 'Mallory' })).status).toBe(400);
    expect((await first.client.join({ joinToken: first.joinToken })).json).toMatchObject({ error: { field: 'name' } });
    // Anonymous joining is the facilitator's choice.
    expect((await first.client.join({ joinToken: first.joinToken, anonymous: true })).status).toBe(403);
    // Unknown fields are refused rather than ignored: nobody sets their own role or id.
    expect((await first.client.join({ joinToken: first.joinToken, name: 'Mallory', role: 'decision-maker' })).status).toBe(400);
  });

  it('refuses a participant token of another room, a made-up one, and none', async () => {
    const first = await openRoom();
    const second = await openRoom('Pick a cache');
    const elsewhere = await join(second.client, { joinToken: second.joinToken, name: 'Ada' });
    expect((await first.client.view(elsewhere.participantToken)).status).toBe(401);
    expect((await first.client.view('x'.repeat(43))).status).toBe(401);
    expect((await first.client.send({ path: '/room/view' })).status).toBe(401);
    expect((await first.client.send({ path: '/room/events' })).status).toBe(401);
    expect((await first.client.act('x'.repeat(43), { type: 'addConcern', text: 'Let me in' })).status).toBe(401);
  });

  it('acts only on the participant’s own behalf, with the shared schemas', async () => {
    const { sessionId, client, joinToken } = await openRoom();
    const ada = await join(client, { joinToken, name: 'Ada' });
    const grace = await join(client, { joinToken, name: 'Grace' });
    await call(core, 'changeSession', { id: sessionId, action: { type: 'startAgreementVote', method: 'fist-of-five', anonymous: false } });
    const asGrace = await client.act(ada.participantToken, { type: 'castAgreement', level: 5, participantId: grace.participantId });
    expect(asGrace.status).toBe(400);
    for (const action of [{ type: 'revealVotes', round: 'agreement' }, { type: 'removeParticipant', participantId: grace.participantId }, { type: 'setOutcome', outcome: null }, { type: 'castAgreement', level: 'five' }]) {
      expect((await client.act(ada.participantToken, action)).status).toBe(400);
    }
    expect((await client.send({ path: '/room/act', body: '{"action":', token: ada.participantToken })).status).toBe(400);
    expect((await client.send({ path: '/room/act', body: '{}', token: ada.participantToken, headers: { 'Content-Type': 'text/plain' } })).status).toBe(415);
    const session = await call(core, 'getSession', { id: sessionId });
    expect(session.state.agreement?.ballots).toEqual([]);
    expect(session.state.agreement?.revealed).toBe(false);
  });

  it('lets a backlog’s participant propose and vote on this backlog only, as themselves', async () => {
    const teaching = (name: string) =>
      call(core, 'createRotation', { workspaceId, name, kind: 'teaching', members: ['Ada'], cadence: { kind: 'weekly', weekday: 5 }, startDate: '2025-06-20', time: '15:00', durationMinutes: 45, timeZone: 'UTC' });
    const mine = await teaching('Friday teaching');
    const other = await teaching('Tuesday teaching');
    const elsewhere = await call(core, 'proposeRotationTopic', { rotationId: other.id, title: 'Fuzzing', proposedBy: 'Ada' });
    const { sessionId } = await openRoom();
    const room = await call(core, 'openRoom', { kind: 'backlog', id: mine.id, address: '127.0.0.1' });
    const client = roomClient(room.port);
    const mallory = await join(client, { joinToken: room.joinUrl.split('#join=')[1], name: 'Mallory' });
    const refused = [
      { type: 'voteTopic', topicId: elsewhere.id, vote: true },
      { type: 'voteTopic', topicId: elsewhere.id, vote: true, voter: 'Ada' },
      { type: 'proposeTopic', title: 'Mine', proposedBy: 'Ada' },
      { type: 'proposeTopic', title: 'Mine', rotationId: other.id },
      { type: 'proposeTopic', title: 'Linked', links: ['javascript:alert(1)'] },
      { type: 'assignRotationTopic', topicId: elsewhere.id, date: null },
      { type: 'addConcern', text: 'A session’s action' },
      { type: 'castAgreement', level: 5 },
    ];
    for (const action of refused) expect((await client.act(mallory.participantToken, action)).status, JSON.stringify(action)).toBeGreaterThanOrEqual(400);
    expect((await call(core, 'listRotationTopics', { rotationId: other.id }))[0]?.voters).toEqual([]);
    expect(await call(core, 'listRotationTopics', { rotationId: mine.id })).toEqual([]);
    expect((await call(core, 'getSession', { id: sessionId })).state.concerns).toEqual([]);
  });

  it('refuses a foreign Host or Origin', async () => {
    const { room, client } = await openRoom();
    expect((await client.send({ path: '/', headers: { Host: 'cairn.example:80' } })).status).toBe(403);
    expect((await client.send({ path: '/', headers: { Host: `192.168.1.20:${room.port}` } })).status).toBe(403);
    expect((await client.send({ path: '/', headers: { Host: `localhost:${room.port}` } })).status).toBe(200);
    const foreign = await client.send({ path: '/room/join', body: '{}', headers: { Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect((await client.send({ path: '/room/join', body: '{}', headers: { Origin: `http://127.0.0.1:${room.port}` } })).status).toBe(400);
  });

  it('refuses a body larger than a participant ever sends', async () => {
    const { client, joinToken } = await openRoom();
    const ada = await join(client, { joinToken, name: 'Ada' });
    const big = JSON.stringify({ action: { type: 'addConcern', text: 'x'.repeat(ROOM_MAX_BODY_BYTES) } });
    expect((await client.send({ path: '/room/act', body: big, token: ada.participantToken })).status).toBe(413);
  });

  it('limits the requests of one participant', async () => {
    const { client, joinToken } = await openRoom();
    const ada = await join(client, { joinToken, name: 'Ada' });
    const grace = await join(client, { joinToken, name: 'Grace' });
    const statuses: number[] = [];
    for (let i = 0; i <= ROOM_REQUESTS_PER_PARTICIPANT; i += 1) statuses.push((await client.view(ada.participantToken)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(ROOM_REQUESTS_PER_PARTICIPANT);
    expect(statuses.at(-1)).toBe(429);
    expect((await client.view(grace.participantToken)).status).toBe(200);
  });

  it('limits wrong short codes per device, and the code expires while the link keeps working', async () => {
    const { room, client, joinToken } = await openRoom();
    const wrong = room.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let i = 0; i < 5; i += 1) expect((await client.join({ code: wrong, name: `Guess ${i}` })).status).toBe(403);
    // Even the right code waits now, for this device.
    expect((await client.join({ code: room.code, name: 'Ada' })).status).toBe(503);
    clock.set('2025-06-15T10:05:00Z');
    await join(client, { code: room.code, name: 'Ada' });
    clock.set('2025-06-15T10:10:01Z');
    const late = await client.join({ code: room.code, name: 'Grace' });
    expect([late.status, (late.json as { error: { message: string } }).error.message]).toEqual([403, expect.stringContaining('expired')]);
    expect((await call(core, 'getRoom', { id: room.target.id }))?.code).toBeNull();
    await join(client, { joinToken, name: 'Grace' });
  });

  it(`takes at most ${ROOM_CAPACITY} people`, async () => {
    const { client, joinToken } = await openRoom();
    for (let i = 1; i <= ROOM_CAPACITY; i += 1) await join(client, { joinToken, name: `Person ${i}` });
    const full = await client.join({ joinToken, name: 'One too many' });
    expect([full.status, (full.json as { error: { message: string } }).error.message]).toEqual([409, expect.stringContaining('full')]);
  });
});
