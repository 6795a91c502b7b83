import { goalStatusLabel, type GoalStatus } from '../../../shared/goals/goal';

/** On track / at risk / off track as a coloured pill; the formula beside it says why. */
export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return <span className={`badge goal-badge goal-badge-${status}`}>{goalStatusLabel(status)}</span>;
}
