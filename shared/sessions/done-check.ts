import type { SessionState } from './session';

export interface DoneCheckItem {
  id: 'drivers' | 'options-compared' | 'agreement' | 'consequences' | 'confirmation';
  label: string;
  met: boolean;
}

/**
 * What a well-formed accepted ADR needs, checked before the session accepts the decision. A gap does
 * not stop the facilitator (they may accept anyway); it is shown, and noted in the decision.
 */
export function doneCheck(state: SessionState): DoneCheckItem[] {
  const scored = state.options.filter((o) => state.criteria.length > 0 && state.criteria.every((c) => state.scores.some((s) => s.optionId === o.id && s.criterionId === c.id)));
  const dotsCast = state.dots?.revealed === true && state.dots.ballots.length > 0;
  const agreementCast = state.agreement?.revealed === true && state.agreement.ballots.length > 0;
  return [
    { id: 'drivers', label: 'Evidence and decision drivers written', met: state.drivers.trim() !== '' },
    {
      id: 'options-compared',
      label: 'At least two options compared on the criteria',
      met: scored.length >= 2 || (dotsCast && state.options.length >= 2),
    },
    { id: 'agreement', label: 'Agreement recorded (a revealed vote)', met: agreementCast || dotsCast },
    {
      id: 'consequences',
      label: 'Consequences written',
      met: state.consequences.trim() !== '' || state.concerns.some((c) => c.status === 'risk'),
    },
    { id: 'confirmation', label: 'A confirmation or a review date set', met: state.confirmation.trim() !== '' || state.reviewBy !== null },
  ];
}

export function doneCheckGaps(state: SessionState): DoneCheckItem[] {
  return doneCheck(state).filter((item) => !item.met);
}
