import { useState } from 'react';
import { useServerQuery } from '../queries/server-query';
import { routeHash } from '../router';
import { findingCountWords } from './finding-fix';

/**
 * Above the decision list: what `cairn check` would report for the whole workspace, folded away
 * until opened, each finding linking to its decision. Nothing shows while all is well.
 *
 * The check reads every decision (about 0.4 s of the core's one thread at 10,000), so it is asked
 * for only once the list's first page has come (`after`): asked beside it, it held up the rows.
 */
export function WorkspaceFindings({ workspaceId, after = true }: { workspaceId: string; after?: boolean }) {
  const check = useServerQuery('getWorkspaceCheck', { workspaceId }, { enabled: after });
  // The list is only rendered once opened: a large folded log need not put every finding in the page.
  const [open, setOpen] = useState(false);
  const findings = check.data?.findings ?? [];
  if (findings.length === 0) return null;
  const decisions = new Set(findings.map((finding) => finding.decisionId)).size;
  const errors = check.data?.errors ?? 0;
  return (
    <details className={errors > 0 ? 'workspace-findings has-errors' : 'workspace-findings'} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Check: {findingCountWords(findings)} in {decisions} {decisions === 1 ? 'decision' : 'decisions'}
        {errors > 0 && <span className="workspace-findings-note"> · cairn check fails until the errors are fixed</span>}
      </summary>
      {open && (
      <ul className="workspace-finding-list">
        {findings.map((finding, index) => (
          <li key={index} className={`is-${finding.severity}`}>
            <a href={routeHash({ name: 'decision', id: finding.decisionId })}>{finding.file}</a>
            <span className="workspace-finding-severity">{finding.severity === 'error' ? 'Error' : 'Warning'}</span>
            <span>{finding.message}</span>
          </li>
        ))}
      </ul>
      )}
    </details>
  );
}
