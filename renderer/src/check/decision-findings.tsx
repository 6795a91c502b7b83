import { toCalendarDate } from '../../../shared/domain/calendar-date';
import type { Decision } from '../../../shared/domain/decision';
import { AlertIcon } from '../components/alert-icon';
import { decisionName } from '../decisions/decision-name';
import { useServerQuery } from '../queries/server-query';
import { ReviewButtons } from '../review/review-buttons';
import { routeHash } from '../router';
import { findingCountWords, findingFix } from './finding-fix';

/**
 * What `cairn check` would say about this decision, on its page before a CI run says it: the same
 * rules over the same records, with the fix where one is obvious. Nothing shows while all is well.
 */
export function DecisionFindings({ decision }: { decision: Decision }) {
  const check = useServerQuery('getWorkspaceCheck', { workspaceId: decision.workspaceId });
  const findings = check.data?.findings.filter((finding) => finding.decisionId === decision.id) ?? [];
  if (findings.length === 0) return null;
  const hasErrors = findings.some((finding) => finding.severity === 'error');
  return (
    <section className={hasErrors ? 'side-section findings has-errors' : 'side-section findings'} aria-labelledby={`findings-${decision.id}`}>
      <h2 id={`findings-${decision.id}`} className="side-title">
        Check: {findingCountWords(findings)}
      </h2>
      <ul className="finding-list">
        {findings.map((finding) => {
          const fix = findingFix(finding);
          return (
            <li key={`${finding.severity}:${finding.message}`} className={`finding is-${finding.severity}`}>
              <AlertIcon className="finding-icon" />
              <span className="finding-text">
                <span className="finding-severity">{finding.severity === 'error' ? 'Error' : 'Warning'}:</span> {finding.message}
              </span>
              {fix === 'edit' && (
                <a className="button button-small finding-fix" href={routeHash({ name: 'edit', id: decision.id })}>
                  Write it
                </a>
              )}
              {fix === 'review' && <ReviewButtons decisionId={decision.id} name={decisionName(decision)} today={toCalendarDate(new Date())} due />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
