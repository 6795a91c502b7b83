import { describe, expect, it } from 'vitest';
import { AppError } from '../api/api-result';
import { readTimer } from './phase-timer';
import { sessionHarness } from './session-harness.test-support';

function withTeam() {
  const s = sessionHarness();
  s.act({ type: 'addParticipant', name: 'Ada', role: 'decision-maker' });
  s.act({ type: 'addParticipant', name: 'Grace', role: 'consulted' });
  s.act({ type: 'addParticipant', name: 'Linus', role: 'observer' });
  s.act({ type: 'addOption', name: 'Kafka' });
  s.act({ type: 'addOption', name: 'RabbitMQ' });
  return s;
}

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('phases and timing', () => {
  it('records the time spent in a phase when moving on and starts the next phase afresh', () => {
    const s = sessionHarness('2025-06-15T10:00:00Z');
    s.at('2025-06-15T10:04:00Z');
    s.act({ type: 'goToPhase', phase: 'drivers' });
    expect(s.state.phase).toBe('drivers');
    expect(s.state.spentMs.frame).toBe(240_000);
    s.at('2025-06-15T10:05:00Z');
    expect(readTimer(s.state.timer, s.state.timeboxes.drivers, new Date('2025-06-15T10:05:00Z')).remainingMs).toBe(240_000);
  });

  it('goes back to an earlier phase and adds the second visit to the first', () => {
    const s = sessionHarness('2025-06-15T10:00:00Z');
    s.at('2025-06-15T10:02:00Z');
    s.act({ type: 'goToPhase', phase: 'options' });
    s.at('2025-06-15T10:03:00Z');
    s.act({ type: 'goToPhase', phase: 'frame' });
    s.at('2025-06-15T10:04:00Z');
    s.act({ type: 'goToPhase', phase: 'options' });
    expect(s.state.spentMs).toMatchObject({ frame: 180_000, options: 60_000 });
  });

  it('takes an edited timebox and refuses one of zero minutes', () => {
    const s = sessionHarness();
    s.act({ type: 'setTimebox', phase: 'options', minutes: 15 });
    expect(s.state.timeboxes.options).toBe(15);
    expect(() => s.act({ type: 'setTimebox', phase: 'options', minutes: 0 })).toThrow(/at least 1 minute/);
  });

  it('logs an asked question under the phase it was asked in', () => {
    const s = sessionHarness('2025-06-15T10:00:00Z');
    s.act({ type: 'goToPhase', phase: 'concerns' });
    s.act({ type: 'askQuestion', text: 'What would have to be true for this option to fail?' });
    expect(s.state.questions).toEqual([{ phase: 'concerns', text: 'What would have to be true for this option to fail?', at: '2025-06-15T10:00:00.000Z' }]);
  });
});

describe('options and participants', () => {
  it('refuses an empty option name and a duplicate one', () => {
    const s = withTeam();
    expect(() => s.act({ type: 'addOption', name: '  ' })).toThrow(/An option needs a name/);
    expect(errorOf(() => s.act({ type: 'addOption', name: 'kafka' }))).toMatchObject({ field: 'action.name', message: 'There is already an option named "kafka"' });
  });

  it('edits pros and cons and drops an option with its scores and the outcome that chose it', () => {
    const s = withTeam();
    const kafka = s.idOf('Kafka');
    s.act({ type: 'updateOption', optionId: kafka, pros: ['replayable log'], cons: ['needs a cluster'] });
    expect(s.state.options[0]).toMatchObject({ name: 'Kafka', pros: ['replayable log'], cons: ['needs a cluster'] });
    s.act({ type: 'addCriterion', name: 'Cost', weight: 2 });
    s.act({ type: 'setScore', criterionId: s.idOf('Cost'), optionId: kafka, score: 4 });
    s.act({ type: 'setOutcome', outcome: { kind: 'chosen', optionId: kafka, justification: '' } });
    s.act({ type: 'removeOption', optionId: kafka });
    expect(s.state).toMatchObject({ scores: [], outcome: null });
    expect(s.state.options.map((o) => o.name)).toEqual(['RabbitMQ']);
  });

  it('refuses a participant twice, whatever the case', () => {
    const s = withTeam();
    expect(() => s.act({ type: 'addParticipant', name: 'ada', role: 'consulted' })).toThrow('ada is already a participant');
  });

  it('refuses a negative criterion weight with a message naming the rule', () => {
    const s = withTeam();
    expect(() => s.act({ type: 'addCriterion', name: 'Cost', weight: -1 })).toThrow(/A weight must not be negative/);
  });
});

describe('agreement votes', () => {
  it('keeps ballots per participant: a second vote replaces the first', () => {
    const s = withTeam();
    s.act({ type: 'startAgreementVote', method: 'fist-of-five', optionId: s.idOf('Kafka') });
    s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 3 });
    s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 5 });
    expect(s.state.agreement?.ballots).toEqual([{ participantId: s.idOf('Ada'), level: 5, concern: null }]);
    expect(s.state.agreement?.anonymous).toBe(true);
  });

  it('refuses a vote from an observer, naming them', () => {
    const s = withTeam();
    s.act({ type: 'startAgreementVote', method: 'fist-of-five' });
    expect(errorOf(() => s.act({ type: 'castAgreement', participantId: s.idOf('Linus'), level: 4 }))).toMatchObject({
      code: 'invalid_input',
      field: 'action.participantId',
      message: 'Linus is an observer; observers do not vote',
    });
  });

  it('requires a block or a low fist to name its concern, and a level on the scale', () => {
    const s = withTeam();
    s.act({ type: 'startAgreementVote', method: 'fist-of-five' });
    expect(errorOf(() => s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 0 }))).toMatchObject({ field: 'action.concern' });
    expect(errorOf(() => s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 1, concern: ' ' }))).toMatchObject({ field: 'action.concern' });
    expect(errorOf(() => s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 6 }))).toMatchObject({
      message: 'Fist of five takes a level from 0 to 5',
    });
    s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 2 });
  });

  it('moves the concerns of low votes to the concerns list on reveal, without names when anonymous', () => {
    const s = withTeam();
    s.act({ type: 'startAgreementVote', method: 'gradients' });
    s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 1, concern: 'We have nobody who can run Kafka' });
    s.act({ type: 'castAgreement', participantId: s.idOf('Grace'), level: 7 });
    expect(s.state.concerns).toEqual([]);
    s.act({ type: 'revealVotes', round: 'agreement' });
    expect(s.state.concerns).toEqual([{ id: expect.any(String), text: 'We have nobody who can run Kafka', raisedBy: null, status: 'open', owner: null, note: '' }]);
    expect(() => s.act({ type: 'castAgreement', participantId: s.idOf('Grace'), level: 8 })).toThrow(/already revealed/);
  });

  it('names who raised a concern when the vote is open', () => {
    const s = withTeam();
    s.act({ type: 'startAgreementVote', method: 'fist-of-five', anonymous: false });
    s.act({ type: 'castAgreement', participantId: s.idOf('Grace'), level: 0, concern: 'Licensing' });
    s.act({ type: 'revealVotes', round: 'agreement' });
    expect(s.state.concerns[0]).toMatchObject({ text: 'Licensing', raisedBy: 'Grace' });
  });

  it('asks to start a round before a vote is cast', () => {
    const s = withTeam();
    expect(() => s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 4 })).toThrow('Start an agreement vote first');
  });

  it('drops the ballot of someone who becomes an observer', () => {
    const s = withTeam();
    s.act({ type: 'startAgreementVote', method: 'fist-of-five' });
    s.act({ type: 'castAgreement', participantId: s.idOf('Grace'), level: 4 });
    s.act({ type: 'setParticipantRole', participantId: s.idOf('Grace'), role: 'observer' });
    expect(s.state.agreement?.ballots).toEqual([]);
  });
});

describe('dot votes', () => {
  it('refuses more dots than each person has and dots on an unknown option', () => {
    const s = withTeam();
    s.act({ type: 'startDotVote', dotsPerPerson: 3 });
    expect(() => s.act({ type: 'castDots', participantId: s.idOf('Ada'), dots: { [s.idOf('Kafka')]: 4 } })).toThrow('Each person has 3 dots; this ballot spends 4');
    expect(() => s.act({ type: 'castDots', participantId: s.idOf('Ada'), dots: { nope: 1 } })).toThrow('No option nope in this session');
    s.act({ type: 'castDots', participantId: s.idOf('Ada'), dots: { [s.idOf('Kafka')]: 2, [s.idOf('RabbitMQ')]: 1 } });
    expect(s.state.dots?.ballots).toHaveLength(1);
  });
});

describe('concerns and outcome', () => {
  it('parks a concern only with an owner', () => {
    const s = withTeam();
    s.act({ type: 'addConcern', text: 'Cost of the cluster' });
    const id = s.state.concerns[0]?.id as string;
    expect(() => s.act({ type: 'setConcernStatus', concernId: id, status: 'parked' })).toThrow('A parked concern needs an owner who follows it up');
    s.act({ type: 'setConcernStatus', concernId: id, status: 'parked', owner: 'Grace' });
    expect(s.state.concerns[0]).toMatchObject({ status: 'parked', owner: 'Grace' });
  });

  it('refuses an outcome that chooses an option the session does not have, and a not-now without a real date', () => {
    const s = withTeam();
    expect(() => s.act({ type: 'setOutcome', outcome: { kind: 'chosen', optionId: 'gone', justification: '' } })).toThrow('No option gone in this session');
    expect(() => s.act({ type: 'setOutcome', outcome: { kind: 'not-now', revisitOn: '2025-02-30', justification: '' } })).toThrow(/not a real calendar date/);
  });
});
