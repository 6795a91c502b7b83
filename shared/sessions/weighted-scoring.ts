/** The best score an option can get on one criterion. */
export const MAX_SCORE = 5;

export interface WeightedCriterion {
  id: string;
  name: string;
  weight: number;
}

export interface OptionScore {
  criterionId: string;
  optionId: string;
  score: number;
}

export interface WeightedOptionResult {
  optionId: string;
  /** Σ weight × score over the criteria the option was scored on. */
  total: number;
  /** The total as a share of the best possible (every criterion at MAX_SCORE), 0–1. */
  share: number;
  /** Criteria not scored yet for this option: the total is incomplete while any remain. */
  missing: string[];
  rank: number;
}

/** Weighted criteria × options, best first; equal totals share a rank. */
export function scoreOptions(
  optionIds: readonly string[],
  criteria: readonly WeightedCriterion[],
  scores: readonly OptionScore[],
): WeightedOptionResult[] {
  const best = criteria.reduce((sum, c) => sum + c.weight * MAX_SCORE, 0);
  const results = optionIds.map((optionId) => {
    let total = 0;
    const missing: string[] = [];
    for (const criterion of criteria) {
      const score = scores.find((s) => s.optionId === optionId && s.criterionId === criterion.id);
      if (score) total += criterion.weight * score.score;
      else missing.push(criterion.id);
    }
    return { optionId, total, share: best > 0 ? total / best : 0, missing, rank: 0 };
  });
  const sorted = [...results].sort((a, b) => b.total - a.total);
  return sorted.map((result) => ({ ...result, rank: 1 + sorted.filter((other) => other.total > result.total).length }));
}

/** How the people who scored one cell (a criterion for an option) scored it. */
export interface CellSpread {
  criterionId: string;
  optionId: string;
  /** How many people scored the cell. */
  count: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** How many people gave 0, 1 … MAX_SCORE (index = score). */
  distribution: number[];
  /** Scores two or more apart: worth talking about before trusting the total. */
  wide: boolean;
}

/** Two people this far apart on one cell see the option differently, not just score it differently. */
export const WIDE_SPREAD = 2;

/** The spread of every cell, criteria in order, options in order within each. */
export function cellSpreads(
  optionIds: readonly string[],
  criteria: readonly Pick<WeightedCriterion, 'id'>[],
  ballots: readonly { scores: readonly OptionScore[] | null }[],
): CellSpread[] {
  return criteria.flatMap((criterion) =>
    optionIds.map((optionId) => {
      const given = ballots.flatMap((b) => (b.scores ?? []).filter((s) => s.criterionId === criterion.id && s.optionId === optionId).map((s) => s.score));
      const distribution = Array.from({ length: MAX_SCORE + 1 }, (_, n) => given.filter((g) => g === n).length);
      if (given.length === 0) return { criterionId: criterion.id, optionId, count: 0, min: null, max: null, mean: null, distribution, wide: false };
      const min = Math.min(...given);
      const max = Math.max(...given);
      return { criterionId: criterion.id, optionId, count: given.length, min, max, mean: given.reduce((s, g) => s + g, 0) / given.length, distribution, wide: max - min >= WIDE_SPREAD };
    }),
  );
}

/** The room's score per cell from everyone's: the mean of the cell's scores (cells nobody scored stay unscored). */
export function meanScores(spreads: readonly CellSpread[]): OptionScore[] {
  return spreads.flatMap((c) => (c.mean === null ? [] : [{ criterionId: c.criterionId, optionId: c.optionId, score: c.mean }]));
}
