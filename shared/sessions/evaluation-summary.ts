import { summariseAgreement, type AgreementResult } from './agreement-result';
import type { AgreementMethod } from './agreement-scale';
import { summariseDots, type DotOptionResult } from './dot-voting';
import type { AgreementRound, DotRound, ScoreRound, SessionState } from './session';
import { cellSpreads, meanScores, scoreOptions, type CellSpread, type WeightedOptionResult } from './weighted-scoring';

export interface EvaluationSummary {
  /** Null until at least one criterion exists. From a revealed scoring round: the mean of everyone's scores per cell. */
  weighted: WeightedOptionResult[] | null;
  /** Where the weighted totals come from: each person's scores (how many people), or the room's one score per cell. */
  weightedFrom: { kind: 'people'; count: number } | { kind: 'room' } | null;
  /** The spread of every cell of a revealed scoring round; null without one. */
  cells: CellSpread[] | null;
  /** Null until the agreement round is revealed. */
  agreement: (AgreementResult & { method: AgreementMethod }) | null;
  /** Null until the dot round is revealed. */
  dots: DotOptionResult[] | null;
}

/** What the results table shows: only revealed votes and scores count. */
export function summariseEvaluation(state: SessionState): EvaluationSummary {
  const optionIds = state.options.map((o) => o.id);
  const { agreement, dots, scoring } = state;
  const cells = scoring?.revealed && scoring.ballots.length > 0 ? scoringCells(state, scoring) : null;
  const weighted = state.criteria.length ? scoreOptions(optionIds, state.criteria, cells ? meanScores(cells) : state.scores) : null;
  return {
    weighted,
    weightedFrom: weighted === null ? null : cells ? { kind: 'people', count: scoring!.ballots.length } : { kind: 'room' },
    cells,
    agreement: agreement?.revealed ? agreementSummary(agreement) : null,
    dots: dots?.revealed ? dotsSummary(state, dots) : null,
  };
}

export function agreementSummary(round: AgreementRound): AgreementResult & { method: AgreementMethod } {
  return { method: round.method, ...summariseAgreement(round.method, round.ballots.flatMap((b) => (b.level === null ? [] : [b.level]))) };
}

export function dotsSummary(state: Pick<SessionState, 'options'>, round: DotRound): DotOptionResult[] {
  return summariseDots(state.options.map((o) => o.id), round.ballots.map((b) => ({ dots: b.dots ?? {} })), round.dotsPerPerson);
}

export function scoringCells(state: Pick<SessionState, 'options' | 'criteria'>, round: ScoreRound): CellSpread[] {
  return cellSpreads(state.options.map((o) => o.id), state.criteria, round.ballots);
}

/** The option the evidence favours, to preselect as the chosen one: how it was picked, or null on a tie or without evidence. */
export interface SuggestedOption {
  optionId: string;
  reason: string;
}

/**
 * The best scored option: the highest weighted total when every option is fully scored, else the
 * most dots of a revealed dot round. Null when the best two tie, or nothing was scored: the team decides.
 */
export function suggestedOption(state: SessionState): SuggestedOption | null {
  const name = (id: string) => state.options.find((o) => o.id === id)?.name ?? id;
  const summary = summariseEvaluation(state);
  const weighted = summary.weighted;
  if (weighted && weighted.length > 0 && weighted.every((r) => r.missing.length === 0)) {
    const [best, second] = weighted;
    if (best && (!second || best.total > second.total)) {
      return { optionId: best.optionId, reason: `${name(best.optionId)} has the highest weighted score (${Math.round(best.share * 100)}%)` };
    }
  }
  const dots = summary.dots;
  if (dots && dots.length > 0) {
    const [best, second] = dots;
    if (best && best.total > 0 && (!second || best.total > second.total)) {
      return { optionId: best.optionId, reason: `${name(best.optionId)} got the most dots (${best.total})` };
    }
  }
  return null;
}
