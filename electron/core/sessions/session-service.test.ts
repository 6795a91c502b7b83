import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/api/contract';
import type { SessionActionInput } from '../../../shared/sessions/session-action';
import { call, callError } from '../testing/call';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspace: Workspace;
const clock = fixedClock('2025-06-15T10:00:00Z');

beforeEach(async () => {
  clock.set('2025-06-15T10:00:00Z');
  core = await openTempCore({ now: clock.now });
  workspace = await createWorkspace(core);
  await call(core, 'setProfile', { name: 'Fran the facilitator' });
});
afterEach(() => core.dispose());

async function act(id: string, action: SessionActionInput) {
  return call(core, 'changeSession', { id, action });
}

/** A session on a new decision with three participants and two options, as the e2e runs it. */
async function preparedSession() {
  const session = await call(core, 'createSession', { workspaceId: workspace.id, title: 'Pick a message broker' });
  await act(session.id, { type: 'addParticipant', name: 'Ada', role: 'decision-maker' });
  await act(session.id, { type: 'addParticipant', name: 'Grace', role: 'consulted' });
  await act(session.id, { type: 'addParticipant', name: 'Linus', role: 'observer' });
  await act(session.id, { type: 'setContext', text: 'Orders get lost when the mailer is down.' });
  await act(session.id, { type: 'setDrivers', text: '* at-least-once delivery' });
  await act(session.id, { type: 'addOption', name: 'Kafka' });
  const withOptions = await act(session.id, { type: 'addOption', name: 'RabbitMQ' });
  const id = (name: string) => [...withOptions.state.participants, ...withOptions.state.options].find((x) => x.name === name)?.id as string;
  return { session, id };
}

describe('createSession', () => {
  it('creates a proposed decision for a new session and starts in "frame" with the timer running', async () => {
    const session = await call(core, 'createSession', { workspaceId: workspace.id, title: 'Pick a message broker' });
    expect(session).toMatchObject({ title: 'Pick a message broker', decisionNumber: 1, status: 'running', finishedAt: null });
    expect(session.state).toMatchObject({ phase: 'frame', timer: { startedAt: '2025-06-15T10:00:00.000Z', pausedAt: null } });
    const decision = await call(core, 'getDecision', { id: session.decisionId });
    expect(decision).toMatchObject({ status: 'proposed', title: 'Pick a message broker' });
  });

  it('dates the decision it creates by the facilitator’s day, not the host’s', async () => {
    // 10:00 UTC on 15 June is still 14 June in Pago Pago.
    const session = await call(core, 'createSession', { workspaceId: workspace.id, title: 'Pick a message broker', timeZone: 'Pacific/Pago_Pago' });
    expect(await call(core, 'getDecision', { id: session.decisionId })).toMatchObject({ date: '2025-06-14' });
  });

  it('continues from an existing decision: its options and people come along', async () => {
    const decision = await call(core, 'createDecision', {
      workspaceId: workspace.id,
      content: { title: 'Use a queue', decisionMakers: ['Ada'], consulted: ['Grace'], options: [{ name: 'SQS' }] },
    });
    const session = await call(core, 'createSession', { workspaceId: workspace.id, decisionId: decision.id });
    expect(session.state.options.map((o) => o.name)).toEqual(['SQS']);
    expect(session.state.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ada', 'decision-maker'],
      ['Grace', 'consulted'],
    ]);
  });

  it('asks for a decision or a title, and refuses a decision of another workspace', async () => {
    expect(await callError(core, 'createSession', { workspaceId: workspace.id })).toMatchObject({ code: 'invalid_input', field: 'title' });
    const other = await createWorkspace(core, 'Other team');
    const elsewhere = await call(core, 'createDecision', { workspaceId: other.id, content: { title: 'Elsewhere' } });
    expect(await callError(core, 'createSession', { workspaceId: workspace.id, decisionId: elsewhere.id })).toMatchObject({ field: 'decisionId' });
  });
});

describe('changeSession', () => {
  it('keeps the timer as instants: a reload later reads the same pause', async () => {
    const { session } = await preparedSession();
    clock.set('2025-06-15T10:02:00Z');
    await act(session.id, { type: 'pauseTimer' });
    clock.set('2025-06-15T10:09:00Z');
    const reloaded = await call(core, 'getSession', { id: session.id });
    expect(reloaded.state.timer).toEqual({ startedAt: '2025-06-15T10:00:00.000Z', pausedAt: '2025-06-15T10:02:00.000Z', pausedMs: 0, extendedMs: 0 });
  });

  it('hides votes until the reveal and refuses observers, with the field named', async () => {
    const { session, id } = await preparedSession();
    await act(session.id, { type: 'startAgreementVote', method: 'fist-of-five', optionId: id('RabbitMQ') });
    await act(session.id, { type: 'castAgreement', participantId: id('Ada'), level: 5 });
    const hidden = await act(session.id, { type: 'castAgreement', participantId: id('Grace'), level: 1, concern: 'Nobody on call knows it' });
    expect(hidden.state.agreement?.ballots).toEqual([
      { participantId: id('Ada'), level: null, concern: null },
      { participantId: id('Grace'), level: null, concern: null },
    ]);
    expect(hidden.state.concerns).toEqual([]);
    const observer = await callError(core, 'changeSession', { id: session.id, action: { type: 'castAgreement', participantId: id('Linus'), level: 4 } });
    expect(observer).toMatchObject({ code: 'invalid_input', field: 'action.participantId', message: 'Linus is an observer; observers do not vote' });

    const revealed = await act(session.id, { type: 'revealVotes', round: 'agreement' });
    expect(revealed.state.agreement?.ballots.map((b) => b.level)).toEqual([1, 5]);
    expect(revealed.state.agreement?.ballots.every((b) => b.participantId === null)).toBe(true);
    expect(revealed.state.concerns.map((c) => [c.text, c.raisedBy])).toEqual([['Nobody on call knows it', null]]);
  });

  it('refuses an empty option name and a negative weight through the API with the field named', async () => {
    const { session } = await preparedSession();
    expect(await callError(core, 'changeSession', { id: session.id, action: { type: 'addOption', name: '' } })).toMatchObject({
      code: 'invalid_input',
      field: 'action.name',
    });
    const weight = await callError(core, 'changeSession', { id: session.id, action: { type: 'addCriterion', name: 'Cost', weight: -2 } });
    expect(weight).toMatchObject({ field: 'action.weight' });
    expect(weight.message).toContain('A weight must not be negative');
  });
});

describe('finishSession', () => {
  it('needs an outcome first', async () => {
    const { session } = await preparedSession();
    expect(await callError(core, 'finishSession', { id: session.id })).toMatchObject({ field: 'outcome' });
  });

  it('"not now" keeps the decision proposed with the revisit date as review date, and it shows as due then', async () => {
    const { session } = await preparedSession();
    await act(session.id, { type: 'addConcern', text: 'Who pays for hosting?' });
    const withConcern = await act(session.id, { type: 'setOutcome', outcome: { kind: 'not-now', revisitOn: '2025-07-01', justification: 'We wait for the budget.' } });
    await act(session.id, { type: 'setConcernStatus', concernId: withConcern.state.concerns[0]?.id as string, status: 'parked', owner: 'Ada' });
    const { decision, session: finished } = await call(core, 'finishSession', { id: session.id });

    expect(decision).toMatchObject({ status: 'proposed', reviewBy: '2025-07-01', chosenOption: null, revision: 2 });
    expect(decision.moreInformation).toContain('* Who pays for hosting? (owner: Ada)');
    expect(finished).toMatchObject({ status: 'finished', finishedAt: '2025-06-15T10:00:00.000Z', finishedRevision: 2 });
    const due = await call(core, 'listDueForReview', { workspaceId: workspace.id, asOf: '2025-07-01' });
    expect(due.map((d) => d.title)).toEqual(['Pick a message broker']);
    expect(await callError(core, 'changeSession', { id: session.id, action: { type: 'pauseTimer' } })).toMatchObject({ code: 'conflict' });
  });

  it('refuses to accept with done-check gaps unless told to, then notes the gaps in the decision', async () => {
    const { session, id } = await preparedSession();
    await act(session.id, { type: 'setOutcome', outcome: { kind: 'chosen', optionId: id('RabbitMQ'), justification: 'the team knows it' } });
    const refused = await callError(core, 'finishSession', { id: session.id });
    expect(refused).toMatchObject({ code: 'conflict', field: 'acceptAnyway' });
    expect(refused.message).toContain('agreement recorded (a revealed vote)');

    const { decision } = await call(core, 'finishSession', { id: session.id, acceptAnyway: true });
    expect(decision).toMatchObject({ status: 'accepted', chosenOption: 'RabbitMQ', decisionMakers: ['Ada'], consulted: ['Grace'] });
    expect(decision.moreInformation).toContain('Accepted with gaps in the done-check:');
    const [latest] = await call(core, 'listRevisions', { decisionId: decision.id });
    expect(latest).toMatchObject({ revision: 2, author: 'Fran the facilitator', summary: 'Decided in a session: "RabbitMQ" accepted' });
  });

  it('accepts a complete session without gaps and the minutes tell what happened', async () => {
    const { session, id } = await preparedSession();
    await act(session.id, { type: 'addCriterion', name: 'Operability', weight: 3 });
    const scored = await act(session.id, { type: 'askQuestion', text: 'What would have to be true for this option to fail?' });
    const criterion = scored.state.criteria[0]?.id as string;
    await act(session.id, { type: 'setScore', criterionId: criterion, optionId: id('Kafka'), score: 2 });
    await act(session.id, { type: 'setScore', criterionId: criterion, optionId: id('RabbitMQ'), score: 4 });
    await act(session.id, { type: 'startAgreementVote', method: 'fist-of-five', optionId: id('RabbitMQ'), anonymous: false });
    await act(session.id, { type: 'castAgreement', participantId: id('Ada'), level: 4 });
    await act(session.id, { type: 'castAgreement', participantId: id('Grace'), level: 3 });
    await act(session.id, { type: 'revealVotes', round: 'agreement' });
    await act(session.id, { type: 'setConsequences', text: '* Good, because orders survive an outage' });
    await act(session.id, { type: 'setReviewBy', date: '2026-06-15' });
    await act(session.id, { type: 'setOutcome', outcome: { kind: 'chosen', optionId: id('RabbitMQ'), justification: 'the team knows it' } });
    clock.set('2025-06-15T10:40:00Z');
    const { decision } = await call(core, 'finishSession', { id: session.id });
    expect(decision).toMatchObject({ status: 'accepted', reviewBy: '2026-06-15' });
    expect(decision.moreInformation).not.toContain('gaps');
    const [summary] = await call(core, 'listSessions', { workspaceId: workspace.id, decisionId: decision.id });
    expect(summary).toMatchObject({ status: 'finished', outcome: 'chosen', chosenOption: 'RabbitMQ', revisitOn: null, participantCount: 3 });

    const { markdown } = await call(core, 'getSessionMinutes', { id: session.id });
    expect(markdown).toContain('* Grace (consulted)');
    expect(markdown).toContain('| Frame | 5 min | 40:00 |');
    expect(markdown).toContain('* Frame: What would have to be true for this option to fail?');
    expect(markdown).toContain('* Fist of five on "RabbitMQ": 2 votes, min 3, max 4');
    expect(markdown).toContain('Chosen option: "RabbitMQ", because the team knows it');
  });
});

describe('listSessions', () => {
  it('lists the sessions of a workspace and of one decision, newest first, with their phase and outcome', async () => {
    const first = await call(core, 'createSession', { workspaceId: workspace.id, title: 'One' });
    clock.set('2025-06-15T11:00:00Z');
    const second = await call(core, 'createSession', { workspaceId: workspace.id, decisionId: first.decisionId });
    await act(second.id, { type: 'goToPhase', phase: 'options' });
    const all = await call(core, 'listSessions', { workspaceId: workspace.id });
    expect(all.map((s) => [s.id, s.phase, s.title])).toEqual([
      [second.id, 'options', 'One'],
      [first.id, 'frame', 'One'],
    ]);
    const other = await call(core, 'createSession', { workspaceId: workspace.id, title: 'Two' });
    expect((await call(core, 'listSessions', { workspaceId: workspace.id, decisionId: other.decisionId })).map((s) => s.id)).toEqual([other.id]);
  });
});
