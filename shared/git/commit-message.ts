import { formatDecisionNumber } from '../domain/decision';

/** One decision whose file is in the commit, as the message describes it. */
export interface CommittedDecision {
  number: number;
  title: string;
  /** Its status now; null when unknown. */
  status: string | null;
  /** Its status in the last commit; null when the file is new there or said none. */
  previousStatus: string | null;
  /** The file is not in the last commit. */
  added: boolean;
  /** The file is deleted. */
  deleted: boolean;
  /** The numbers of the decisions that supersede it. */
  supersededBy: number[];
}

/**
 * The commit message Cairn proposes for what changed, one clause per decision, e.g.
 * "ADR 0042 Use PostgreSQL: accepted; ADR 0011 superseded by 0042". A status that changed is named,
 * so the log reads as the decision log's history; the person edits it before committing.
 */
export function commitMessage(decisions: readonly CommittedDecision[]): string {
  return decisions.map(describe).join('; ');
}

function describe(decision: CommittedDecision): string {
  const name = `ADR ${formatDecisionNumber(decision.number)}`;
  const titled = `${name} ${decision.title}`;
  if (decision.deleted) return `${titled}: removed`;
  const status = decision.status?.toLowerCase() ?? null;
  if (status === 'superseded' && decision.supersededBy.length > 0 && (decision.added || decision.previousStatus?.toLowerCase() !== 'superseded')) {
    return `${name} superseded by ${decision.supersededBy.map(formatDecisionNumber).join(', ')}`;
  }
  if (decision.added) return status ? `${titled}: added (${status})` : `${titled}: added`;
  if (status !== null && status !== decision.previousStatus?.toLowerCase()) return `${titled}: ${status}`;
  return `${titled}: edited`;
}
