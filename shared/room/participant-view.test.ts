import { describe, expect, it } from 'vitest';
import type { Session } from '../sessions/session';
import { sessionHarness } from '../sessions/session-harness.test-support';
import { sessionView } from '../sessions/session-view';
import { sessionActionFor } from './participant-action';
import { ParticipantAction } from './participant-request';
import { participantView } from './participant-view';

function asSession(state: Session['state'], status: Session['status'] = 'running'): Session {
  const at = '2025-06-15T10:00:00Z';
  return { id: 's', workspaceId: 'w', decisionId: 'd', decisionNumber: 1, title: 'Pick a message broker', status, createdAt: at, updatedAt: at, finishedAt: null, finishedRevision: null, state };
}

describe('a participant’s view', () => {
  it('says how many have voted and whether the viewer has, never who or what, until the reveal', () => {
    const session = sessionHarness();
    session.act({ type: 'addParticipant', name: 'Ada', role: 'consulted' });
    session.act({ type: 'addParticipant', name: 'Grace', role: 'consulted' });
    session.act({ type: 'addParticipant', name: 'Alan', role: 'observer' });
    session.act({ type: 'startAgreementVote', method: 'fist-of-five', anonymous: false });
    session.act({ type: 'castAgreement', participantId: session.idOf('Ada'), level: 4 });
    const ada = { participantId: session.idOf('Ada'), anonymous: false };
    const grace = { participantId: session.idOf('Grace'), anonymous: false };

    const hidden = participantView(asSession(sessionView(session.state)), ada);
    expect(hidden.agreement).toEqual({ anonymous: false, revealed: false, voted: 1, voters: 2, mine: true, method: 'fist-of-five', optionName: null, levels: null });
    expect(participantView(asSession(sessionView(session.state)), grace).agreement?.mine).toBe(false);
    expect(JSON.stringify(hidden)).not.toContain(session.idOf('Ada'));

    session.act({ type: 'revealVotes', round: 'agreement' });
    expect(participantView(asSession(sessionView(session.state)), grace).agreement).toMatchObject({ revealed: true, levels: [4], mine: false });
  });

  it('opens the options form in the options phase and the concerns form in the concerns phase, while the session runs', () => {
    const session = sessionHarness();
    expect(participantView(asSession(session.state), { participantId: 'x', anonymous: true }).can).toEqual({ addOption: false, addConcern: false });
    session.act({ type: 'goToPhase', phase: 'options' });
    expect(participantView(asSession(session.state), { participantId: 'x', anonymous: true }).can).toEqual({ addOption: true, addConcern: false });
    session.act({ type: 'goToPhase', phase: 'concerns' });
    session.act({ type: 'askQuestion', text: 'What could go wrong?' });
    const view = participantView(asSession(session.state), { participantId: 'x', anonymous: true });
    expect([view.can, view.question, view.phaseLabel]).toEqual([{ addOption: false, addConcern: true }, 'What could go wrong?', 'Concerns']);
    expect(participantView(asSession(session.state, 'finished'), { participantId: 'x', anonymous: true }).can.addConcern).toBe(false);
  });
});

describe('a participant’s action', () => {
  const actor = { participantId: 'p-1', name: 'Ada', anonymous: false };

  it('always acts for the participant the token belongs to', () => {
    const session = sessionHarness();
    const action = ParticipantAction.parse({ type: 'castAgreement', level: 3 });
    expect(sessionActionFor(action, actor, asSession(session.state))).toEqual({ type: 'castAgreement', level: 3, concern: '', participantId: 'p-1' });
    expect(ParticipantAction.safeParse({ type: 'castAgreement', level: 3, participantId: 'p-2' }).success).toBe(false);
    expect(ParticipantAction.safeParse({ type: 'revealVotes', round: 'agreement' }).success).toBe(false);
  });

  it('names who raised a concern, or nobody for an anonymous participant', () => {
    const session = sessionHarness();
    session.act({ type: 'goToPhase', phase: 'concerns' });
    const concern = ParticipantAction.parse({ type: 'addConcern', text: 'Too costly' });
    expect(sessionActionFor(concern, actor, asSession(session.state))).toMatchObject({ raisedBy: 'Ada' });
    expect(sessionActionFor(concern, { ...actor, anonymous: true }, asSession(session.state))).toMatchObject({ raisedBy: null });
    expect(ParticipantAction.safeParse({ type: 'addConcern', text: 'Too costly', raisedBy: 'Grace' }).success).toBe(false);
  });

  it('refuses an option outside the options phase, naming the phase', () => {
    const session = sessionHarness();
    expect(() => sessionActionFor(ParticipantAction.parse({ type: 'addOption', name: 'Kafka' }), actor, asSession(session.state))).toThrow('Options are added in the options phase');
  });
});
