import { AGREEMENT_SCALES, type AgreementMethod } from './agreement-scale';

export interface AgreementResult {
  count: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  median: number | null;
  /** How many votes each level got, lowest level first, every level listed (zeros too). */
  distribution: { level: number; count: number }[];
  blocks: number;
  /** A block, or votes at both ends of the scale: the mean would hide a split room. */
  strongDisagreement: boolean;
}

/** The spread of a round of agreement votes, not only its mean. */
export function summariseAgreement(method: AgreementMethod, levels: readonly number[]): AgreementResult {
  const scale = AGREEMENT_SCALES[method];
  const distribution = scale.levels.map(({ level }) => ({ level, count: levels.filter((l) => l === level).length }));
  if (levels.length === 0) {
    return { count: 0, min: null, max: null, mean: null, median: null, distribution, blocks: 0, strongDisagreement: false };
  }
  const sorted = [...levels].sort((a, b) => a - b);
  const min = sorted[0] as number;
  const max = sorted.at(-1) as number;
  const blocks = levels.filter((l) => l === scale.block).length;
  return {
    count: levels.length,
    min,
    max,
    mean: sorted.reduce((sum, l) => sum + l, 0) / sorted.length,
    median: median(sorted),
    distribution,
    blocks,
    strongDisagreement: blocks > 0 || (min <= scale.low && max >= scale.high),
  };
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
