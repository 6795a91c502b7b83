import type { DecisionContent } from '../domain/decision';
import { startTimer } from './phase-timer';
import type { Participant, SessionState } from './session';
import { PHASES, defaultTimeboxes, type PhaseId } from './session-phase';

/**
 * A fresh session on a decision: it starts in "frame" with the timer running, and carries over what
 * the decision already says (context, drivers, options, people), so a second session continues the
 * first one's work instead of starting blank.
 */
export function newSessionState(decision: DecisionContent, now: Date, newId: () => string): SessionState {
  const perPhase = <T>(value: T) => Object.fromEntries(PHASES.map((p) => [p, value])) as Record<PhaseId, T>;
  const people = (names: string[], role: Participant['role']): Participant[] => names.map((name) => ({ id: newId(), name, role }));
  const consulted = decision.consulted.filter((name) => !decision.decisionMakers.includes(name));
  return {
    phase: 'frame',
    timeboxes: defaultTimeboxes(),
    timer: startTimer(now),
    spentMs: perPhase(0),
    notes: perPhase(''),
    context: decision.context,
    drivers: decision.drivers,
    options: decision.options.map((o) => ({ id: newId(), name: o.name, description: o.description, pros: o.pros, cons: o.cons })),
    participants: [...people(decision.decisionMakers, 'decision-maker'), ...people(consulted, 'consulted')],
    advice: [],
    questions: [],
    criteria: [],
    scores: [],
    scoring: null,
    agreement: null,
    dots: null,
    pastRounds: [],
    concerns: [],
    outcome: null,
    consequences: decision.consequences,
    confirmation: decision.confirmation,
    reviewBy: decision.reviewBy,
  };
}
