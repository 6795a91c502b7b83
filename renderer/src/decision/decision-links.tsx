import { useState } from 'react';
import type { Decision, DecisionLinkView } from '../../../shared/domain/decision';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { linkLabel } from '../../../shared/domain/supersede-rule';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { StatusBadge } from '../components/status-badge';
import { decisionName } from '../decisions/decision-name';
import { routeHash } from '../router';
import { AddLinkDialog } from './add-link-dialog';
import { removeLink } from './decision-actions';
import { PlusIcon } from '../components/plus-icon';

/** How this decision relates to others, both ways ("Supersedes 0001 …", "Amended by 0009 …"). */
export function DecisionLinks({ decision, workspaceId }: { decision: Decision; workspaceId: string }) {
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async (link: DecisionLinkView) => {
    setError(null);
    try {
      await removeLink(decision, link.kind, link.otherId);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <section className="side-section">
      <h2 className="side-title">Links</h2>
      {decision.links.length === 0 ? (
        <p className="side-empty">Not linked to other decisions.</p>
      ) : (
        <ul className="link-list">
          {decision.links.map((link) => {
            // A supersedes link takes effect once the successor is accepted (the supersede rule).
            const label = linkLabel(link.kind, link.direction, link.direction === 'outgoing' ? decision.status : link.otherStatus);
            return (
              <li key={`${link.direction}:${link.kind}:${link.otherId}`} className="link-item">
                <div className="link-text">
                  <span className="link-kind">{label}</span>{' '}
                  <a href={routeHash({ name: 'decision', id: link.otherId })} className="link-target">
                    {decisionName({ number: link.otherNumber, title: link.otherTitle })}
                  </a>{' '}
                  <StatusBadge status={link.otherStatus} />
                </div>
                {link.direction === 'outgoing' && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove link ${label} ${formatDecisionNumber(link.otherNumber)}`}
                    title="Remove link"
                    onClick={() => void remove(link)}
                  >
                    <svg viewBox="0 0 16 16" aria-hidden="true">
                      <path d="M4 4l8 8M12 4l-8 8" />
                    </svg>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ErrorAlert message={error} />
      <button type="button" className="button button-small" onClick={() => setAdding(true)}>
        <PlusIcon />
        Add link
      </button>
      {decision.links.length > 0 && (
        // Its neighbourhood in the graph: the links of its links, which this list cannot show.
        <a className="side-link" href={routeHash({ name: 'graph', id: decision.id })}>
          Show in the graph
        </a>
      )}
      {adding && <AddLinkDialog decision={decision} workspaceId={workspaceId} onClose={() => setAdding(false)} />}
    </section>
  );
}
