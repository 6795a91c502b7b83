import type { GoalResult } from '../../../shared/goals/goal';
import { withUnit } from '../../../shared/goals/number-text';

const VERBS: Record<GoalResult['direction'], string> = {
  increase: 'Increase',
  decrease: 'Decrease',
  'stay-at-or-above': 'Stay at or above',
  'stay-at-or-below': 'Stay at or below',
};

/** "Increase from 4 to 20 deploys by 2026-06-30", "Stay at or above 99.5% until 2026-12-31". */
export function resultDescription(result: GoalResult): string {
  const target = withUnit(result.target, result.unit);
  if (result.direction === 'increase' || result.direction === 'decrease') {
    return `${VERBS[result.direction]} from ${withUnit(result.baseline, result.unit)} to ${target} by ${result.deadline}`;
  }
  return `${VERBS[result.direction]} ${target} until ${result.deadline}`;
}

export const DIRECTION_LABELS = VERBS;
