import { summariseAgreement, type AgreementResult } from './agreement-result';
import type { AgreementMethod } from './agreement-scale';
import { summariseDots, type DotOptionResult } from './dot-voting';
import type { SessionState } from './session';
import { scoreOptions, type WeightedOptionResult } from './weighted-scoring';

export interface EvaluationSummary {
  /** Null until at least one criterion exists. */
  weighted: WeightedOptionResult[] | null;
  /** Null until the agreement round is revealed. */
  agreement: (AgreementResult & { method: AgreementMethod }) | null;
  /** Null until the dot round is revealed. */
  dots: DotOptionResult[] | null;
}

/** What the results table shows: only revealed votes count. */
export function summariseEvaluation(state: SessionState): EvaluationSummary {
  const optionIds = state.options.map((o) => o.id);
  const { agreement, dots } = state;
  return {
    weighted: state.criteria.length ? scoreOptions(optionIds, state.criteria, state.scores) : null,
    agreement: agreement?.revealed
      ? { method: agreement.method, ...summariseAgreement(agreement.method, agreement.ballots.flatMap((b) => (b.level === null ? [] : [b.level]))) }
      : null,
    dots: dots?.revealed ? summariseDots(optionIds, dots.ballots.map((b) => ({ dots: b.dots ?? {} })), dots.dotsPerPerson) : null,
  };
}
