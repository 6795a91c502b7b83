import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionActionInput } from '../../../shared/sessions/session-action';
import { SessionState } from '../../../shared/sessions/session';
import { openCore, type Core } from '../core';
import { call, callError } from '../testing/call';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

// Anonymous rounds (ADR 0016) and the facilitator's clock, on a real database file.
let core: TempCore;
let workspaceId: string;
const clock = fixedClock('2025-06-15T10:00:00Z');

beforeEach(async () => {
  clock.set('2025-06-15T10:00:00Z');
  core = await openTempCore({ now: clock.now });
  workspaceId = (await createWorkspace(core)).id;
});
afterEach(() => core.dispose());

async function act(on: Core, id: string, action: SessionActionInput, timeZone?: string) {
  return call(on, 'changeSession', { id, action, ...(timeZone && { timeZone }) });
}

async function sessionWithTeam() {
  const session = await call(core, 'createSession', { workspaceId, title: 'Pick a message broker' });
  await act(core, session.id, { type: 'addParticipant', name: 'Ada', role: 'decision-maker' });
  await act(core, session.id, { type: 'addParticipant', name: 'Grace', role: 'consulted' });
  await act(core, session.id, { type: 'addOption', name: 'Kafka' });
  const ready = await act(core, session.id, { type: 'addOption', name: 'AWS SQS' });
  const id = (name: string) => [...ready.state.participants, ...ready.state.options].find((x) => x.name === name)!.id;
  return { session, id, participantIds: ready.state.participants.map((p) => p.id) };
}

/** The session's state as the database file holds it, read past the core. */
function storedState(sessionId: string): SessionState {
  const db = new SqliteDatabase(core.dbPath, { readonly: true });
  try {
    return SessionState.parse(JSON.parse(db.prepare('SELECT state FROM sessions WHERE id = ?').pluck().get(sessionId) as string));
  } finally {
    db.close();
  }
}

/** Every ballot a stored state holds, in its rounds and its past rounds. */
function storedBallots(state: SessionState): { participantId: string | null; voterKey?: string }[] {
  const rounds = [state.agreement, state.dots, state.scoring, ...state.pastRounds.map((p) => p.round)];
  return rounds.flatMap((round) => (round?.ballots ?? []).map(({ participantId, voterKey }) => ({ participantId, ...(voterKey !== undefined && { voterKey }) })));
}

describe('an anonymous round', () => {
  it('leaves no link from a vote to a person in the database, before or after the reveal', async () => {
    const { session, id, participantIds } = await sessionWithTeam();
    await act(core, session.id, { type: 'startAgreementVote', method: 'fist-of-five', optionId: id('AWS SQS') });
    await act(core, session.id, { type: 'castAgreement', participantId: id('Ada'), level: 5 });
    await act(core, session.id, { type: 'castAgreement', participantId: id('Grace'), level: 1, concern: 'Nobody on call knows SQS' });
    await act(core, session.id, { type: 'castAgreement', participantId: id('Ada'), level: 4 });

    const open = storedState(session.id);
    expect(open.agreement!.ballots).toHaveLength(2);
    for (const ballot of storedBallots(open)) {
      expect(ballot.participantId).toBeNull();
      expect(ballot.voterKey).toMatch(/^[\w-]{43}$/);
      for (const participant of participantIds) expect(ballot.voterKey).not.toContain(participant);
    }
    // The keys of one person differ from round to round: a later round cannot be matched to this one.
    await act(core, session.id, { type: 'startDotVote', dotsPerPerson: 3 });
    await act(core, session.id, { type: 'castDots', participantId: id('Ada'), dots: { [id('Kafka')]: 3 } });
    const twoRounds = storedState(session.id);
    const keys = storedBallots(twoRounds).map((b) => b.voterKey);
    expect(new Set(keys).size).toBe(keys.length);

    await act(core, session.id, { type: 'revealVotes', round: 'agreement' });
    await act(core, session.id, { type: 'revealVotes', round: 'dots' });
    const revealed = storedState(session.id);
    const stored = JSON.stringify([revealed.agreement, revealed.dots]);
    for (const participant of participantIds) expect(stored).not.toContain(participant);
    expect(stored).not.toContain('voterKey');
    expect(revealed.agreement!.ballots.map((b) => b.level)).toEqual([1, 4]);
    expect(revealed.concerns.map((c) => [c.text, c.raisedBy])).toEqual([['Nobody on call knows SQS', null]]);
  });

  it('shows the facilitator who has voted while the round is open, never what', async () => {
    const { session, id } = await sessionWithTeam();
    await act(core, session.id, { type: 'startAgreementVote', method: 'fist-of-five', optionId: null });
    const voted = await act(core, session.id, { type: 'castAgreement', participantId: id('Grace'), level: 2 });
    expect(voted.state.agreement!.ballots).toEqual([{ participantId: id('Grace'), level: null, concern: null }]);
    expect((await call(core, 'getSession', { id: session.id })).state.agreement!.ballots).toEqual([{ participantId: id('Grace'), level: null, concern: null }]);
  });

  it('keeps one ballot per person in every round, and drops a removed participant’s', async () => {
    const { session, id } = await sessionWithTeam();
    await act(core, session.id, { type: 'addCriterion', name: 'Cost', weight: 2 });
    const withCriterion = await call(core, 'getSession', { id: session.id });
    const cost = withCriterion.state.criteria[0]!.id;
    await act(core, session.id, { type: 'startScoring' });
    await act(core, session.id, { type: 'startDotVote', dotsPerPerson: 2 });
    await act(core, session.id, { type: 'castScore', participantId: id('Grace'), criterionId: cost, optionId: id('Kafka'), score: 1 });
    await act(core, session.id, { type: 'castScore', participantId: id('Grace'), criterionId: cost, optionId: id('Kafka'), score: 4 });
    await act(core, session.id, { type: 'castDots', participantId: id('Grace'), dots: { [id('Kafka')]: 2 } });
    await act(core, session.id, { type: 'castDots', participantId: id('Ada'), dots: { [id('AWS SQS')]: 1 } });
    expect(storedState(session.id).scoring!.ballots).toHaveLength(1);

    const removed = await act(core, session.id, { type: 'removeParticipant', participantId: id('Grace') });
    expect(removed.state.scoring!.ballots).toEqual([]);
    expect(removed.state.dots!.ballots).toEqual([{ participantId: id('Ada'), dots: null }]);
  });

  it('after a restart, refuses a vote it could not tell from an earlier one, and takes votes in a new round', async () => {
    const { session, id } = await sessionWithTeam();
    await act(core, session.id, { type: 'startDotVote', dotsPerPerson: 3 });
    await act(core, session.id, { type: 'castDots', participantId: id('Ada'), dots: { [id('Kafka')]: 3 } });
    core.close();
    const restarted = await openCore(core.dataDir, { now: clock.now });
    try {
      const again = await callError(restarted, 'changeSession', { id: session.id, action: { type: 'castDots', participantId: id('Ada'), dots: { [id('Kafka')]: 1 } } });
      expect(again).toMatchObject({ code: 'conflict' });
      expect(again.message).toContain('opened before Cairn restarted');
      // Nobody can be named any more, but the vote still counts.
      expect((await call(restarted, 'getSession', { id: session.id })).state.dots!.ballots).toEqual([{ participantId: null, dots: null }]);
      await act(restarted, session.id, { type: 'startDotVote', dotsPerPerson: 3 });
      const fresh = await act(restarted, session.id, { type: 'castDots', participantId: id('Ada'), dots: { [id('Kafka')]: 1 } });
      expect(fresh.state.dots!.ballots).toEqual([{ participantId: id('Ada'), dots: null }]);
    } finally {
      restarted.close();
    }
    core = await openTempCore({ now: clock.now }, core.dataDir);
  });

  it('keeps the names of a round that is not anonymous', async () => {
    const { session, id } = await sessionWithTeam();
    await act(core, session.id, { type: 'startAgreementVote', method: 'fist-of-five', optionId: null, anonymous: false });
    await act(core, session.id, { type: 'castAgreement', participantId: id('Ada'), level: 4 });
    expect(storedState(session.id).agreement!.ballots).toEqual([{ participantId: id('Ada'), level: 4, concern: null }]);
  });
});

describe('the facilitator’s clock', () => {
  it('takes today in the facilitator’s zone for a revisit date', async () => {
    const { session } = await sessionWithTeam();
    // 23:30 UTC on June 15 is already June 16 in Auckland, and still June 15 in Los Angeles.
    clock.set('2025-06-15T23:30:00Z');
    const notNow = (revisitOn: string) => ({ type: 'setOutcome', outcome: { kind: 'not-now', revisitOn, justification: '' } }) as const;
    const refused = await callError(core, 'changeSession', { id: session.id, action: notNow('2025-06-15'), timeZone: 'Pacific/Auckland' });
    expect(refused).toMatchObject({ field: 'action.outcome.revisitOn', message: 'Pick a revisit date from today on; 2025-06-15 has already passed' });
    clock.set('2025-06-16T02:00:00Z');
    expect((await act(core, session.id, notNow('2025-06-15'), 'America/Los_Angeles')).state.outcome).toMatchObject({ revisitOn: '2025-06-15' });
  });

  it('writes the minutes in the facilitator’s zone, naming it', async () => {
    const { session } = await sessionWithTeam();
    const { markdown } = await call(core, 'getSessionMinutes', { id: session.id, timeZone: 'Europe/Berlin' });
    expect(markdown).toContain('* Started: 2025-06-15 12:00 Europe/Berlin');
    expect(await callError(core, 'getSessionMinutes', { id: session.id, timeZone: 'Mars/Olympus' })).toMatchObject({ field: 'timeZone' });
  });
});
