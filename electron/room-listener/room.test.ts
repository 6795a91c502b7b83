import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Room } from '../../shared/room/room';
import { JoinAnswer } from '../../shared/room/participant-request';
import { ParticipantView, type RoomEvent } from '../../shared/room/participant-view';
import { call, callError } from '../core/testing/call';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../core/testing/temp-core';
import { startParticipantListener } from './participant-listener';
import { makePageDir, roomClient, type RoomClient } from './room-client.test-support';

// A session's room on 127.0.0.1, driven the way participants' phones drive it: joining, acting,
// following the session live, and the room closing. The attacks are in room-attacks.test.ts.
let core: TempCore;
let workspaceId: string;
const clock = fixedClock('2025-06-15T10:00:00Z');

async function openCoreWithRooms(idleMs?: number): Promise<void> {
  core = await openTempCore({ now: clock.now, room: { listen: startParticipantListener, pageDir: makePageDir(), ...(idleMs !== undefined && { idleMs }) } });
  workspaceId = (await createWorkspace(core)).id;
}

beforeEach(async () => {
  clock.set('2025-06-15T10:00:00Z');
  await openCoreWithRooms();
});
afterEach(() => core.dispose());

async function roomOfNewSession(options: { allowAnonymous?: boolean } = {}): Promise<{ sessionId: string; room: Room; client: RoomClient; joinToken: string }> {
  const session = await call(core, 'createSession', { workspaceId, title: 'Pick a message broker' });
  await call(core, 'changeSession', { id: session.id, action: { type: 'addOption', name: 'Kafka' } });
  await call(core, 'changeSession', { id: session.id, action: { type: 'addOption', name: 'AWS SQS' } });
  const room = await call(core, 'openRoom', { id: session.id, address: '127.0.0.1', allowAnonymous: options.allowAnonymous ?? false });
  return { sessionId: session.id, room, client: roomClient(room.port), joinToken: room.joinUrl.split('#join=')[1] as string };
}

async function joined(client: RoomClient, body: unknown): Promise<JoinAnswer> {
  const answer = await client.join(body);
  expect(answer.status, answer.body).toBe(200);
  return JoinAnswer.parse((answer.json as { value: unknown }).value);
}

function viewOf(answer: { status: number; body: string; json: unknown }): ParticipantView {
  expect(answer.status, answer.body).toBe(200);
  return ParticipantView.parse((answer.json as { value: unknown }).value);
}

const isView = (match: (view: ParticipantView) => boolean) => (event: RoomEvent) => event.type === 'view' && event.view.kind === 'session' && match(event.view);

describe('a session’s room', () => {
  it('lets people join by the link and by the short code, and shows the facilitator who joined', async () => {
    const { sessionId, room, client, joinToken } = await roomOfNewSession({ allowAnonymous: true });
    expect(room.joinUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${room.port}/#join=[\\w-]{43}$`));
    expect(room.code).toMatch(/^[A-Z2-9]{6}$/);
    expect(room.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

    const ada = await joined(client, { joinToken, name: 'Ada' });
    const grace = await joined(client, { code: (room.code as string).toLowerCase().replace(/^(...)/, '$1-'), name: 'Grace' });
    const someone = await joined(client, { joinToken, anonymous: true });
    expect(someone.name).toBe('Anonymous 1');
    expect(ada.participantToken).not.toBe(grace.participantToken);

    const seen = await call(core, 'getRoom', { id: sessionId });
    expect(seen?.participants.map((p) => [p.name, p.anonymous])).toEqual([
      ['Ada', false],
      ['Grace', false],
      ['Anonymous 1', true],
    ]);
    const session = await call(core, 'getSession', { id: sessionId });
    expect(session.state.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ada', 'consulted'],
      ['Grace', 'consulted'],
      ['Anonymous 1', 'consulted'],
    ]);
    const view = viewOf(await client.view(ada.participantToken));
    expect(view).toMatchObject({ title: 'Pick a message broker', phase: 'frame', me: { name: 'Ada', role: 'consulted', anonymous: false }, participantCount: 3 });
    expect(view.options.map((o) => o.name)).toEqual(['Kafka', 'AWS SQS']);
  });

  it('takes options and concerns in the phases that collect them, under the participant’s name or none', async () => {
    const { sessionId, client, joinToken } = await roomOfNewSession({ allowAnonymous: true });
    const ada = await joined(client, { joinToken, name: 'Ada' });
    const someone = await joined(client, { joinToken, anonymous: true });

    const early = await client.act(ada.participantToken, { type: 'addOption', name: 'RabbitMQ' });
    expect(early.status).toBe(409);
    await call(core, 'changeSession', { id: sessionId, action: { type: 'goToPhase', phase: 'options' } });
    expect(viewOf(await client.act(ada.participantToken, { type: 'addOption', name: 'RabbitMQ' })).options.map((o) => o.name)).toContain('RabbitMQ');
    const twice = await client.act(ada.participantToken, { type: 'addOption', name: 'rabbitmq' });
    expect([twice.status, (twice.json as { error: { field: string } }).error.field]).toEqual([400, 'name']);

    await call(core, 'changeSession', { id: sessionId, action: { type: 'goToPhase', phase: 'concerns' } });
    await client.act(ada.participantToken, { type: 'addConcern', text: 'Nobody on call knows Kafka' });
    await client.act(someone.participantToken, { type: 'addConcern', text: 'The licence costs' });
    const session = await call(core, 'getSession', { id: sessionId });
    expect(session.state.concerns.map((c) => [c.text, c.raisedBy])).toEqual([
      ['Nobody on call knows Kafka', 'Ada'],
      ['The licence costs', null],
    ]);
  });

  it('keeps an anonymous round anonymous: one vote a person, "3 of 3 have voted", no link from a vote to a person in the database', async () => {
    const { sessionId, client, joinToken } = await roomOfNewSession();
    const people = [await joined(client, { joinToken, name: 'Ada' }), await joined(client, { joinToken, name: 'Grace' }), await joined(client, { joinToken, name: 'Linus' })];
    await call(core, 'changeSession', { id: sessionId, action: { type: 'startAgreementVote', method: 'fist-of-five', anonymous: true } });
    const [ada, grace, linus] = people as [JoinAnswer, JoinAnswer, JoinAnswer];
    await client.act(ada.participantToken, { type: 'castAgreement', level: 2, concern: 'Too much to run ourselves' });
    await client.act(ada.participantToken, { type: 'castAgreement', level: 4 });
    await client.act(grace.participantToken, { type: 'castAgreement', level: 5 });
    const afterLinus = viewOf(await client.act(linus.participantToken, { type: 'castAgreement', level: 3 }));
    expect(afterLinus.agreement).toMatchObject({ voted: 3, voters: 3, mine: true, revealed: false, levels: null });

    // Before the reveal the facilitator sees who has voted, never what.
    const hidden = await call(core, 'getSession', { id: sessionId });
    expect(hidden.state.agreement?.ballots.map((b) => b.level)).toEqual([null, null, null]);
    await call(core, 'changeSession', { id: sessionId, action: { type: 'revealVotes', round: 'agreement' } });
    const revealed = viewOf(await client.view(grace.participantToken));
    expect(revealed.agreement?.levels).toEqual([3, 4, 5]);

    const db = new SqliteDatabase(core.dbPath, { readonly: true });
    try {
      const stored = db.prepare('SELECT state FROM sessions WHERE id = ?').pluck().get(sessionId) as string;
      const agreement = JSON.stringify((JSON.parse(stored) as { agreement: unknown }).agreement);
      for (const person of people) {
        expect(agreement).not.toContain(person.participantId);
        expect(stored).not.toContain(person.participantToken);
      }
      expect(agreement).not.toContain('voterKey');
      expect(agreement).not.toContain('Ada');
      // Nor anywhere else in the file's tables: the room keeps its tokens in memory only.
      const everything = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'").pluck().all() as string[];
      for (const table of everything) {
        const rows = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all());
        for (const person of people) expect(rows).not.toContain(person.participantToken);
      }
    } finally {
      db.close();
    }
  });

  it('streams the session to every participant as it changes, the revealed spread included', async () => {
    const { sessionId, client, joinToken } = await roomOfNewSession();
    const ada = await joined(client, { joinToken, name: 'Ada' });
    const grace = await joined(client, { joinToken, name: 'Grace' });
    const adaStream = await client.follow(ada.participantToken);
    const graceStream = await client.follow(grace.participantToken);
    expect(adaStream.status).toBe(200);
    await adaStream.next(isView((v) => v.phase === 'frame'));

    await call(core, 'changeSession', { id: sessionId, action: { type: 'goToPhase', phase: 'evaluate' } });
    await call(core, 'changeSession', { id: sessionId, action: { type: 'askQuestion', text: 'What would make this fail?' } });
    await adaStream.next(isView((v) => v.phase === 'evaluate' && v.question === 'What would make this fail?'));
    await call(core, 'changeSession', { id: sessionId, action: { type: 'startAgreementVote', method: 'fist-of-five' } });
    await client.act(ada.participantToken, { type: 'castAgreement', level: 1, concern: 'No one can run it' });
    await graceStream.next(isView((v) => v.agreement?.voted === 1 && !v.agreement.mine));
    await call(core, 'changeSession', { id: sessionId, action: { type: 'revealVotes', round: 'agreement' } });
    const shown = await graceStream.next(isView((v) => v.agreement?.revealed === true));
    expect(shown.type === 'view' && shown.view.kind === 'session' && shown.view.agreement?.levels).toEqual([1]);
    expect(shown.type === 'view' && shown.view.kind === 'session' && shown.view.concerns.map((c) => c.text)).toEqual(['No one can run it']);
    adaStream.close();
    graceStream.close();
  });

  it('takes each person’s weighted scores and dots, shown with their spread once revealed', async () => {
    const { sessionId, client, joinToken } = await roomOfNewSession();
    const ada = await joined(client, { joinToken, name: 'Ada' });
    const grace = await joined(client, { joinToken, name: 'Grace' });
    const session = await call(core, 'changeSession', { id: sessionId, action: { type: 'addCriterion', name: 'Cost', weight: 3 } });
    const [kafka, sqs] = session.state.options.map((o) => o.id) as [string, string];
    const criterionId = session.state.criteria[0]?.id as string;
    await call(core, 'changeSession', { id: sessionId, action: { type: 'startScoring' } });
    await client.act(ada.participantToken, { type: 'castScore', criterionId, optionId: kafka, score: 1 });
    await client.act(grace.participantToken, { type: 'castScore', criterionId, optionId: kafka, score: 5 });
    await call(core, 'changeSession', { id: sessionId, action: { type: 'startDotVote', dotsPerPerson: 3 } });
    await client.act(ada.participantToken, { type: 'castDots', dots: { [sqs]: 3 } });
    const over = await client.act(grace.participantToken, { type: 'castDots', dots: { [sqs]: 4 } });
    expect(over.status).toBe(400);
    await call(core, 'changeSession', { id: sessionId, action: { type: 'revealVotes', round: 'scoring' } });
    await call(core, 'changeSession', { id: sessionId, action: { type: 'revealVotes', round: 'dots' } });
    const view = viewOf(await client.view(ada.participantToken));
    expect(view.scoring?.ballots?.map((b) => b.map((s) => s.score)).sort()).toEqual([[1], [5]]);
    expect(view.dots?.ballots).toEqual([{ [sqs]: 3 }]);
  });

  it('tells every page and stops answering when the facilitator closes the room', async () => {
    const { sessionId, client, joinToken } = await roomOfNewSession();
    const ada = await joined(client, { joinToken, name: 'Ada' });
    const stream = await client.follow(ada.participantToken);
    await stream.next();
    expect(await call(core, 'closeRoom', { id: sessionId })).toEqual({ closed: true });
    expect(await stream.next((e) => e.type === 'closed')).toEqual({ type: 'closed', reason: 'closed' });
    await stream.ended;
    // The listener is gone: a new connection is refused, one kept alive from before is hung up.
    await expect(client.view(ada.participantToken)).rejects.toThrow(/ECONNREFUSED|socket hang up/);
    expect(await call(core, 'getRoom', { id: sessionId })).toBeNull();
    expect(await call(core, 'closeRoom', { id: sessionId })).toEqual({ closed: false });
  });

  it('closes when its session finishes', async () => {
    const { sessionId, client, joinToken } = await roomOfNewSession();
    const ada = await joined(client, { joinToken, name: 'Ada' });
    const stream = await client.follow(ada.participantToken);
    await stream.next();
    await call(core, 'changeSession', { id: sessionId, action: { type: 'setOutcome', outcome: { kind: 'not-now', revisitOn: '2025-09-01', justification: 'Wait for the budget' } } });
    await call(core, 'finishSession', { id: sessionId });
    expect(await stream.next((e) => e.type === 'closed')).toEqual({ type: 'closed', reason: 'finished' });
    expect(await call(core, 'getRoom', { id: sessionId })).toBeNull();
    const reopen = await callError(core, 'openRoom', { id: sessionId, address: '127.0.0.1' });
    expect(reopen.code).toBe('conflict');
  });

  it('closes after a while with no request and no change', async () => {
    core.dispose();
    await openCoreWithRooms(1_000);
    const { sessionId, client, joinToken } = await roomOfNewSession();
    const ada = await joined(client, { joinToken, name: 'Ada' });
    const stream = await client.follow(ada.participantToken);
    expect(await stream.next((e) => e.type === 'closed')).toEqual({ type: 'closed', reason: 'inactive' });
    expect(await call(core, 'getRoom', { id: sessionId })).toBeNull();
  });

  it('lets the facilitator remove a participant: their page is told and their token stops working', async () => {
    const { sessionId, client, joinToken } = await roomOfNewSession();
    const ada = await joined(client, { joinToken, name: 'Ada' });
    const grace = await joined(client, { joinToken, name: 'Grace' });
    const stream = await client.follow(ada.participantToken);
    await stream.next();
    const room = await call(core, 'removeRoomParticipant', { id: sessionId, participantId: ada.participantId });
    expect(room.participants.map((p) => p.name)).toEqual(['Grace']);
    expect(await stream.next((e) => e.type === 'closed')).toEqual({ type: 'closed', reason: 'removed' });
    expect((await client.view(ada.participantToken)).status).toBe(401);
    expect((await client.view(grace.participantToken)).status).toBe(200);
    // Still a participant of the session: the facilitator decides that in the people panel.
    expect((await call(core, 'getSession', { id: sessionId })).state.participants.map((p) => p.name)).toEqual(['Ada', 'Grace']);
  });

  it('opens only on an address of this machine, for a running session', async () => {
    const session = await call(core, 'createSession', { workspaceId, title: 'Pick a cache' });
    expect((await callError(core, 'openRoom', { id: session.id, address: '203.0.113.7' })).field).toBe('address');
    const addresses = await call(core, 'listNetworkAddresses', {});
    expect(addresses.at(-1)).toMatchObject({ address: '127.0.0.1', internal: true });
    const first = await call(core, 'openRoom', { id: session.id, address: '127.0.0.1' });
    const again = await call(core, 'openRoom', { id: session.id, address: '127.0.0.1' });
    expect(again.port).toBe(first.port);
  });
});
