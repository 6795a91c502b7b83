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
