import { describe, expect, it } from 'vitest';
import { sessionHarness } from './session-harness.test-support';
import { renderSessionMinutes } from './session-minutes';
import { sessionView } from './session-view';
import type { Session } from './session';

describe('renderSessionMinutes', () => {
  it('lists participants, timings per phase, questions, votes, concerns and the outcome', () => {
    const s = sessionHarness('2025-06-15T10:00:00Z');
    s.act({ type: 'addParticipant', name: 'Ada', role: 'decision-maker' });
    s.act({ type: 'addParticipant', name: 'Linus', role: 'observer' });
    s.act({ type: 'askQuestion', text: 'Who is not in the room that this affects?' });
    s.act({ type: 'addOption', name: 'Kafka' });
    s.at('2025-06-15T10:06:30Z');
    s.act({ type: 'goToPhase', phase: 'evaluate' });
    s.act({ type: 'startAgreementVote', method: 'fist-of-five', optionId: s.idOf('Kafka') });
    s.act({ type: 'castAgreement', participantId: s.idOf('Ada'), level: 4 });
    s.act({ type: 'revealVotes', round: 'agreement' });
    s.act({ type: 'addConcern', text: 'Hosting cost' });
    s.act({ type: 'setConcernStatus', concernId: s.state.concerns[0]?.id as string, status: 'parked', owner: 'Ada' });
    s.act({ type: 'setOutcome', outcome: { kind: 'chosen', optionId: s.idOf('Kafka'), justification: 'replay matters' } });
    const session: Session = {
      id: '00000000-0000-4000-8000-000000000001',
      workspaceId: '00000000-0000-4000-8000-000000000002',
      decisionId: '00000000-0000-4000-8000-000000000003',
      decisionNumber: 7,
      title: 'Pick a message broker',
      status: 'running',
      createdAt: '2025-06-15T10:00:00.000Z',
      updatedAt: '2025-06-15T10:06:30.000Z',
      finishedAt: null,
      finishedRevision: null,
      state: sessionView(s.state),
    };
    const minutes = renderSessionMinutes(session, new Date('2025-06-15T10:08:00Z'));
    expect(minutes).toContain('# Minutes: Pick a message broker\n\n* Started: 2025-06-15 10:00 UTC\n');
    expect(minutes).toContain('* Ada (decision-maker)\n* Linus (observer)');
    expect(minutes).toContain('| Frame | 5 min | 6:30 |');
    expect(minutes).toContain('| Evaluate | 10 min | 1:30 |');
    expect(minutes).toContain('* Frame: Who is not in the room that this affects?');
    expect(minutes).toContain('* Fist of five on "Kafka" (anonymous): 1 votes, min 4, max 4');
    expect(minutes).toContain('* Hosting cost: parked, owner Ada');
    expect(minutes).toContain('Chosen option: "Kafka", because replay matters');
  });
});
