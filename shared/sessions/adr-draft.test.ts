import { describe, expect, it } from 'vitest';
import { emptyDecisionContent } from '../domain/decision';
import { buildAdrDraft } from './adr-draft';
import { doneCheck, doneCheckGaps } from './done-check';
import { sessionHarness } from './session-harness.test-support';
import { sessionView } from './session-view';

function fullSession() {
  const s = sessionHarness();
  s.act({ type: 'setContext', text: 'Orders are lost when the mailer is down.' });
  s.act({ type: 'setDrivers', text: '* at-least-once delivery\n* small ops team' });
  s.act({ type: 'addParticipant', name: 'Ada', role: 'decision-maker' });
  s.act({ type: 'addParticipant', name: 'Grace', role: 'consulted' });
  s.act({ type: 'addParticipant', name: 'Linus', role: 'observer' });
  s.act({ type: 'addOption', name: 'Kafka' });
  s.act({ type: 'addOption', name: 'RabbitMQ' });
  s.act({ type: 'updateOption', optionId: s.idOf('RabbitMQ'), pros: ['the team knows it'], cons: ['no replay'] });
  s.act({ type: 'addCriterion', name: 'Operability', weight: 2 });
  s.act({ type: 'setScore', criterionId: s.idOf('Operability'), optionId: s.idOf('Kafka'), score: 2 });
  s.act({ type: 'setScore', criterionId: s.idOf('Operability'), optionId: s.idOf('RabbitMQ'), score: 4 });
  s.act({ type: 'addConcern', text: 'messages may be lost on a broker crash' });
  s.act({ type: 'setConcernStatus', concernId: s.state.concerns[0]?.id as string, status: 'risk', note: 'durable queues' });
  s.act({ type: 'addConcern', text: 'who pays for the hosting' });
  s.act({ type: 'setConcernStatus', concernId: s.state.concerns[1]?.id as string, status: 'parked', owner: 'Grace' });
  s.act({ type: 'startAgreementVote', method: 'fist-of-five', optionId: s.idOf('RabbitMQ') });
  s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 5 });
  s.act({ type: 'castAgreement', participantId: s.idOf('Grace'), level: 3 });
  s.act({ type: 'revealVotes', round: 'agreement' });
  s.act({ type: 'addAdvice', from: 'Margaret', advice: 'Use quorum queues' });
  s.act({ type: 'setAdviceTaken', adviceId: s.state.advice[0]?.id as string, taken: 'taken' });
  return s;
}

describe('buildAdrDraft', () => {
  it('fills the ADR sections from what each phase wrote', () => {
    const s = fullSession();
    s.act({ type: 'setOutcome', outcome: { kind: 'chosen', optionId: s.idOf('RabbitMQ'), justification: 'the team can run it today' } });
    s.act({ type: 'setConsequences', text: '* Good, because orders survive a mailer outage' });
    s.act({ type: 'setConfirmation', text: 'A chaos test kills the mailer weekly.' });
    const draft = buildAdrDraft({ ...emptyDecisionContent('Pick a message broker', '2025-06-15'), informed: ['Ops'] }, sessionView(s.state));

    expect(draft).toMatchObject({
      status: 'accepted',
      context: 'Orders are lost when the mailer is down.',
      drivers: '* at-least-once delivery\n* small ops team',
      decisionMakers: ['Ada'],
      consulted: ['Grace'],
      informed: ['Ops'],
      chosenOption: 'RabbitMQ',
      outcome: 'the team can run it today',
      confirmation: 'A chaos test kills the mailer weekly.',
    });
    expect(draft.options).toEqual([
      { name: 'Kafka', description: '', pros: [], cons: [] },
      { name: 'RabbitMQ', description: '', pros: ['the team knows it'], cons: ['no replay'] },
    ]);
    expect(draft.consequences).toBe(
      '* Good, because orders survive a mailer outage\n\n* Bad, because messages may be lost on a broker crash (accepted risk: durable queues)',
    );
    expect(draft.moreInformation).toContain('* RabbitMQ: 8 (80%)');
    expect(draft.moreInformation).toContain('Fist of five on "RabbitMQ": 2 votes, from 3 to 5;');
    expect(draft.moreInformation).toContain('* who pays for the hosting (owner: Grace)');
    expect(draft.moreInformation).toContain('* Margaret: Use quorum queues (taken)');
  });

  it('keeps the decision proposed for "not now" and sets the revisit date as its review date', () => {
    const s = fullSession();
    s.act({ type: 'setOutcome', outcome: { kind: 'not-now', revisitOn: '2025-09-01', justification: 'We wait for the new ops hire.' } });
    const draft = buildAdrDraft(emptyDecisionContent('Pick a message broker', '2025-06-15'), s.state);
    expect(draft).toMatchObject({
      status: 'proposed',
      chosenOption: null,
      reviewBy: '2025-09-01',
      outcome: 'Not now: the team will revisit this decision on 2025-09-01. We wait for the new ops hire.',
    });
  });

  it('leaves hidden votes out of the draft', () => {
    const s = fullSession();
    s.act({ type: 'startAgreementVote', method: 'fist-of-five' });
    s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 4 });
    expect(buildAdrDraft(emptyDecisionContent('X', '2025-06-15'), sessionView(s.state)).moreInformation).not.toContain('Fist of five');
  });
});

describe('doneCheck', () => {
  it('lists every gap of an empty session', () => {
    const s = sessionHarness();
    expect(doneCheckGaps(s.state).map((g) => g.id)).toEqual(['drivers', 'options-compared', 'agreement', 'consequences', 'confirmation']);
  });

  it('passes once drivers, two scored options, a revealed vote, consequences and a review date exist', () => {
    const s = fullSession();
    expect(doneCheckGaps(s.state).map((g) => g.id)).toEqual(['confirmation']);
    s.act({ type: 'setReviewBy', date: '2026-06-15' });
    expect(doneCheck(s.state).every((item) => item.met)).toBe(true);
  });

  it('does not count one scored option as a comparison, nor an unrevealed vote as agreement', () => {
    const s = sessionHarness();
    s.act({ type: 'addParticipant', name: 'Ada', role: 'decision-maker' });
    s.act({ type: 'addOption', name: 'A' });
    s.act({ type: 'addOption', name: 'B' });
    s.act({ type: 'addCriterion', name: 'Cost', weight: 1 });
    s.act({ type: 'setScore', criterionId: s.idOf('Cost'), optionId: s.idOf('A'), score: 3 });
    s.act({ type: 'startAgreementVote', method: 'fist-of-five' });
    s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 4 });
    const gaps = doneCheckGaps(s.state).map((g) => g.id);
    expect(gaps).toContain('options-compared');
    expect(gaps).toContain('agreement');
  });
});

describe('sessionView', () => {
  it('hides the levels until the reveal, showing only who has voted', () => {
    const s = fullSession();
    s.act({ type: 'startAgreementVote', method: 'fist-of-five', anonymous: false });
    s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 1, concern: 'too slow' });
    expect(sessionView(s.state).agreement?.ballots).toEqual([{ participantId: s.idOf('Ada'), level: null, concern: null }]);
    s.act({ type: 'revealVotes', round: 'agreement' });
    expect(sessionView(s.state).agreement?.ballots).toEqual([{ participantId: s.idOf('Ada'), level: 1, concern: 'too slow' }]);
  });

  it('hides dot ballots until revealed, then shows them without names', () => {
    const s = fullSession();
    s.act({ type: 'startDotVote', dotsPerPerson: 2 });
    s.act({ type: 'castDots', participantId: s.idOf('Ada'), dots: { [s.idOf('Kafka')]: 2 } });
    expect(sessionView(s.state).dots?.ballots).toEqual([{ participantId: s.idOf('Ada'), dots: null }]);
    s.act({ type: 'revealVotes', round: 'dots' });
    expect(sessionView(s.state).dots?.ballots).toEqual([{ participantId: null, dots: { [s.idOf('Kafka')]: 2 } }]);
    expect(buildAdrDraft(emptyDecisionContent('X', '2025-06-15'), sessionView(s.state)).moreInformation).toContain('Dot voting: Kafka 2, RabbitMQ 0.');
  });

  it('drops names from a revealed anonymous round and sorts it by level', () => {
    const s = fullSession();
    expect(sessionView(s.state).agreement?.ballots).toEqual([
      { participantId: null, level: 3, concern: null },
      { participantId: null, level: 5, concern: null },
    ]);
  });
});
