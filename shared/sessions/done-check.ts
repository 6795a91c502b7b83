import { summariseEvaluation } from './evaluation-summary';
import type { SessionState } from './session';

export interface DoneCheckItem {
  id: 'drivers' | 'options-compared' | 'agreement' | 'concerns' | 'consequences' | 'confirmation';
  label: string;
  met: boolean;
}

/**
 * What a well-formed accepted ADR needs, checked before the session accepts the decision. A gap does
 * not stop the facilitator (they may accept anyway); it is shown, and noted in the decision. An open
 * concern (such as one a low vote raised) is a gap until it is resolved, accepted as a risk or parked.
 */
export function doneCheck(state: SessionState): DoneCheckItem[] {
  const { cells } = summariseEvaluation(state);
  const scoredBy = (optionId: string) =>
    state.criteria.length > 0 &&
    state.criteria.every((c) =>
      cells ? cells.some((cell) => cell.optionId === optionId && cell.criterionId === c.id && cell.count > 0) : state.scores.some((s) => s.optionId === optionId && s.criterionId === c.id),
    );
  const scored = state.options.filter((o) => scoredBy(o.id));
  const dotsCast = state.dots?.revealed === true && state.dots.ballots.length > 0;
  const agreementCast = state.agreement?.revealed === true && state.agreement.ballots.length > 0;
  const open = state.concerns.filter((c) => c.status === 'open');
  return [
    { id: 'drivers', label: 'Evidence and decision drivers written', met: state.drivers.trim() !== '' },
    {
      id: 'options-compared',
      label: 'At least two options compared on the criteria',
      met: scored.length >= 2 || (dotsCast && state.options.length >= 2),
    },
    { id: 'agreement', label: 'Agreement recorded (a revealed vote)', met: agreementCast || dotsCast },
    {
      id: 'concerns',
      label: 'Every concern resolved, accepted as a risk or parked',
      met: open.length === 0,
    },
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
