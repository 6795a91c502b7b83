import type { DecisionFinding } from '../../../shared/api/check-operations';

/** The obvious way to settle a finding, where there is one: write the section, or review the decision. */
export type FindingFix = 'edit' | 'review' | null;

/** Which fix a finding's message asks for; the messages are those of the lint (decision-check.ts). */
export function findingFix(finding: Pick<DecisionFinding, 'message'>): FindingFix {
  if (/^the required section ".+" is (missing|empty)$/.test(finding.message)) return 'edit';
  if (/^the review date \S+ has passed$/.test(finding.message)) return 'review';
  return null;
}

/** "2 errors and 1 warning", or "no findings". */
export function findingCountWords(findings: readonly Pick<DecisionFinding, 'severity'>[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const parts = [errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : null, warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : null].filter(Boolean);
  return parts.length === 0 ? 'no findings' : parts.join(' and ');
}
