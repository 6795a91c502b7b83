import { describe, expect, it } from 'vitest';
import { AppError } from '../api/api-result';
import { emptyDecisionContent } from '../domain/decision';
import { buildAdrDraft } from './adr-draft';
import { doneCheckGaps } from './done-check';
import { dotBallotProblem } from './dot-voting';
import { suggestedOption, summariseEvaluation } from './evaluation-summary';
import type { Session } from './session';
import { sessionActionProblems } from './session-action';
import { sessionHarness } from './session-harness.test-support';
import { renderSessionMinutes } from './session-minutes';
import { sessionView } from './session-view';

function team(keys = {}) {
  const s = sessionHarness('2025-06-15T10:00:00Z', keys);
  s.act({ type: 'addParticipant', name: 'Ada', role: 'decision-maker' });
  s.act({ type: 'addParticipant', name: 'Grace', role: 'consulted' });
  s.act({ type: 'addParticipant', name: 'Linus', role: 'consulted' });
  s.act({ type: 'addOption', name: 'Keep DB polling' });
  s.act({ type: 'addOption', name: 'AWS SQS' });
  return s;
}

function refusal(fn: () => unknown): { message: string; field?: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, field: error.field };
    throw error;
  }
  throw new Error('the action was accepted');
}

function asSession(state: Session['state']): Session {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    workspaceId: '00000000-0000-4000-8000-000000000002',
    decisionId: '00000000-0000-4000-8000-000000000003',
    decisionNumber: 7,
    title: 'Queue for order events',
    status: 'running',
    createdAt: '2025-06-15T10:00:00.000Z',
    updatedAt: '2025-06-15T10:30:00.000Z',
    finishedAt: null,
    finishedRevision: null,
    state: sessionView(state),
  };
}

const draftOf = (state: Session['state']) => buildAdrDraft(emptyDecisionContent('Queue for order events', '2025-06-15'), sessionView(state));

describe('the ADR draft', () => {
  it('keeps the vote summary apart from the score list in "More information"', () => {
    const s = team();
    s.act({ type: 'addCriterion', name: 'Cost', weight: 3 });
    s.act({ type: 'setScore', criterionId: s.idOf('Cost'), optionId: s.idOf('Keep DB polling'), score: 4 });
    s.act({ type: 'setScore', criterionId: s.idOf('Cost'), optionId: s.idOf('AWS SQS'), score: 2 });
    s.act({ type: 'startAgreementVote', method: 'fist-of-five', optionId: s.idOf('AWS SQS') });
    s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 5 });
    s.act({ type: 'revealVotes', round: 'agreement' });
    const info = draftOf(s.state).moreInformation;
    expect(info).toContain('* AWS SQS: 6 (40%)\n\nFist of five on "AWS SQS": 1 votes');
    // In Markdown a line right under a bullet continues that bullet: no bullet may be followed by prose.
    expect(info).not.toMatch(/^\* .*\n[^*\n]/m);
  });

  it('puts a low vote’s concern into the consequences, and the done-check notices it is open', () => {
    const s = team();
    s.act({ type: 'startAgreementVote', method: 'fist-of-five', optionId: s.idOf('AWS SQS') });
    s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 5 });
    s.act({ type: 'castAgreement', participantId: s.idOf('Grace'), level: 1, concern: 'Nobody on call has run SQS under load' });
    s.act({ type: 'revealVotes', round: 'agreement' });
    expect(draftOf(s.state).consequences).toBe('* Bad, because Nobody on call has run SQS under load (open concern, not settled in the session)');
    expect(doneCheckGaps(s.state).map((g) => g.id)).toContain('concerns');
    s.act({ type: 'setConcernStatus', concernId: s.state.concerns[0]!.id, status: 'parked', owner: 'Grace' });
    expect(draftOf(s.state).consequences).toBe('');
    expect(draftOf(s.state).moreInformation).toContain('* Nobody on call has run SQS under load (owner: Grace)');
    expect(doneCheckGaps(s.state).map((g) => g.id)).not.toContain('concerns');
  });
});

describe('the outcome', () => {
  it('suggests the best scored option, and none on a tie', () => {
    const s = team();
    expect(suggestedOption(s.state)).toBeNull();
    s.act({ type: 'addCriterion', name: 'Cost', weight: 1 });
    s.act({ type: 'setScore', criterionId: s.idOf('Cost'), optionId: s.idOf('Keep DB polling'), score: 2 });
    s.act({ type: 'setScore', criterionId: s.idOf('Cost'), optionId: s.idOf('AWS SQS'), score: 4 });
    expect(suggestedOption(s.state)).toEqual({ optionId: s.idOf('AWS SQS'), reason: 'AWS SQS has the highest weighted score (80%)' });
    s.act({ type: 'setScore', criterionId: s.idOf('Cost'), optionId: s.idOf('Keep DB polling'), score: 4 });
    expect(suggestedOption(s.state)).toBeNull();
  });

  it('falls back on the dots when the criteria are not fully scored', () => {
    const s = team();
    s.act({ type: 'startDotVote', dotsPerPerson: 3 });
    s.act({ type: 'castDots', participantId: s.idOf('Ada'), dots: { [s.idOf('Keep DB polling')]: 3 } });
    s.act({ type: 'revealVotes', round: 'dots' });
    expect(suggestedOption(s.state)?.reason).toBe('Keep DB polling got the most dots (3)');
  });

  it('refuses a revisit or review date in the past, in plain words', () => {
    const s = team();
    expect(refusal(() => s.act({ type: 'setOutcome', outcome: { kind: 'not-now', revisitOn: '2023-07-17', justification: '' } }))).toEqual({
      message: 'Pick a revisit date from today on; 2023-07-17 has already passed',
      field: 'action.outcome.revisitOn',
    });
    expect(refusal(() => s.act({ type: 'setReviewBy', date: '2025-06-14' })).field).toBe('action.date');
    s.act({ type: 'setOutcome', outcome: { kind: 'not-now', revisitOn: '2025-06-15', justification: '' } });
    expect(s.state.outcome).toMatchObject({ revisitOn: '2025-06-15' });
  });
});

describe('dot votes', () => {
  it('says a ballot over the budget is invalid before it is cast', () => {
    const s = team();
    s.act({ type: 'startDotVote', dotsPerPerson: 3 });
    const options = s.state.options.map((o) => o.id);
    expect(dotBallotProblem({ [options[0]!]: 5 }, 3, options)).toBe('Each person has 3 dots; this ballot spends 5');
    expect(dotBallotProblem({ [options[0]!]: 2, [options[1]!]: 1 }, 3, options)).toBeNull();
    expect(dotBallotProblem({ gone: 1 }, 3, options)).toBe('One of these options is no longer in the session');
    expect(refusal(() => s.act({ type: 'castDots', participantId: s.idOf('Ada'), dots: { [options[0]!]: 5 } })).message).toBe('Each person has 3 dots; this ballot spends 5');
  });
});

describe('the minutes', () => {
  it('list each option’s pros and cons', () => {
    const s = team();
    s.act({ type: 'addOption', name: 'Kafka' });
    s.act({ type: 'updateOption', optionId: s.idOf('Kafka'), pros: ['replay'], cons: ['nobody runs it yet'] });
    const minutes = renderSessionMinutes(asSession(s.state), new Date('2025-06-15T10:30:00Z'));
    expect(minutes).toContain('* Kafka\n  * Pro: replay\n  * Con: nobody runs it yet');
    expect(minutes).not.toContain('(1 pros, 1 cons)');
  });

  it('keep an earlier dot round’s result when a new round starts', () => {
    const s = team();
    s.act({ type: 'startDotVote', dotsPerPerson: 2 });
    s.act({ type: 'castDots', participantId: s.idOf('Ada'), dots: { [s.idOf('AWS SQS')]: 2 } });
    s.act({ type: 'revealVotes', round: 'dots' });
    s.act({ type: 'startDotVote', dotsPerPerson: 3 });
    s.act({ type: 'castDots', participantId: s.idOf('Grace'), dots: { [s.idOf('Keep DB polling')]: 3 } });
    s.act({ type: 'revealVotes', round: 'dots' });
    const minutes = renderSessionMinutes(asSession(s.state), new Date('2025-06-15T10:30:00Z'));
    expect(minutes).toContain('* Earlier dot round (2 dots each): AWS SQS 2, Keep DB polling 0');
    expect(minutes).toContain('* Dots, Keep DB polling: 3 from 1 people');
  });

  it('are in the facilitator’s time zone, named', () => {
    const minutes = renderSessionMinutes(asSession(team().state), new Date('2025-06-15T10:30:00Z'), 'Europe/Berlin');
    expect(minutes).toContain('* Started: 2025-06-15 12:00 Europe/Berlin');
  });
});

describe('weighted scoring by each participant', () => {
  it('keeps each person’s scores hidden until the reveal, then shows the spread per cell', () => {
    const s = team();
    s.act({ type: 'addCriterion', name: 'Cost', weight: 2 });
    s.act({ type: 'startScoring', anonymous: false });
    const cell = { criterionId: s.idOf('Cost'), optionId: s.idOf('AWS SQS') };
    s.act({ type: 'castScore', participantId: s.idOf('Ada'), ...cell, score: 1 });
    s.act({ type: 'castScore', participantId: s.idOf('Grace'), ...cell, score: 5 });
    s.act({ type: 'castScore', participantId: s.idOf('Linus'), ...cell, score: 3 });
    s.act({ type: 'castScore', participantId: s.idOf('Linus'), ...cell, score: 4 });
    expect(sessionView(s.state).scoring?.ballots).toEqual([
      { participantId: s.idOf('Ada'), scores: null },
      { participantId: s.idOf('Grace'), scores: null },
      { participantId: s.idOf('Linus'), scores: null },
    ]);
    expect(summariseEvaluation(sessionView(s.state)).cells).toBeNull();
    s.act({ type: 'revealVotes', round: 'scoring' });
    const summary = summariseEvaluation(sessionView(s.state));
    expect(summary.cells?.find((c) => c.optionId === cell.optionId)).toMatchObject({ count: 3, min: 1, max: 5, distribution: [0, 1, 0, 0, 1, 1], wide: true });
    expect(summary.weighted?.find((r) => r.optionId === cell.optionId)?.total).toBeCloseTo((2 * 10) / 3);
    expect(summary.weightedFrom).toEqual({ kind: 'people', count: 3 });
    expect(draftOf(s.state).moreInformation).toContain('* Cost for AWS SQS: from 1 to 5');
  });

  it('stores no participant id in an anonymous round when the core keys it, and keeps one vote per person', () => {
    const s = team({ voterKey: (id: string) => `key-of-${id.length}-${[...id].reverse().join('')}` });
    s.act({ type: 'addCriterion', name: 'Cost', weight: 1 });
    s.act({ type: 'startScoring' });
    const cell = { criterionId: s.idOf('Cost'), optionId: s.idOf('AWS SQS') };
    s.act({ type: 'castScore', participantId: s.idOf('Ada'), ...cell, score: 2 });
    s.act({ type: 'castScore', participantId: s.idOf('Ada'), ...cell, score: 3 });
    s.act({ type: 'castScore', participantId: s.idOf('Grace'), ...cell, score: 5 });
    const ids = s.state.participants.map((p) => p.id);
    expect(s.state.scoring?.ballots).toHaveLength(2);
    expect(s.state.scoring?.ballots.every((b) => b.participantId === null && b.voterKey !== undefined)).toBe(true);
    expect(refusal(() => s.act({ type: 'setVoteAnonymous', round: 'scoring', anonymous: false })).message).toBe(
      'These votes were cast anonymously; start a new round to vote with names shown',
    );
    s.act({ type: 'revealVotes', round: 'scoring' });
    const stored = JSON.stringify(s.state.scoring);
    for (const id of ids) expect(stored).not.toContain(id);
    expect(stored).not.toContain('key-of');
  });
});

describe('action problems', () => {
  it('says every wrong field at once, in plain words', () => {
    expect(sessionActionProblems({ type: 'addCriterion', name: ' ', weight: -1 })).toEqual([
      { field: 'name', message: 'A criterion needs a name' },
      { field: 'weight', message: 'A weight must not be negative' },
    ]);
    expect(sessionActionProblems({ type: 'startDotVote', dotsPerPerson: 40 })).toEqual([{ field: 'dotsPerPerson', message: 'Give each person 1 to 20 dots' }]);
    expect(sessionActionProblems({ type: 'addConcern', text: '' })).toEqual([{ field: 'text', message: 'Write the concern' }]);
  });
});
