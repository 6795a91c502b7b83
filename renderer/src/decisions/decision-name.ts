import { formatDecisionNumber } from '../../../shared/domain/decision';

/** "0001 Use PostgreSQL": how the app names a decision in headings, links and messages. */
export function decisionName(decision: { number: number; title: string }): string {
  return `${formatDecisionNumber(decision.number)} ${decision.title}`;
}
