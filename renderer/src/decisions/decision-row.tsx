import type { DecisionSummary } from '../../../shared/domain/decision';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { DecisionDate } from '../components/decision-date';
import { StatusBadge } from '../components/status-badge';
import { routeHash } from '../router';
import { snippetParts } from './snippet-parts';

const TAGS_IN_ROW = 4;

/**
 * One decision in the list: its number and title (the link), what it is about, status and date.
 * Only one row's link is in the tab order; the arrow keys move between rows.
 */
export function DecisionRow({ decision, tabbable }: { decision: DecisionSummary; tabbable: boolean }) {
  return (
    <>
      <div className="decision-row-main">
        <a className="decision-row-link" href={routeHash({ name: 'decision', id: decision.id })} tabIndex={tabbable ? 0 : -1}>
          <span className="decision-number">{formatDecisionNumber(decision.number)}</span>{' '}
          <span className="decision-title">{decision.title}</span>
        </a>
        <div className="decision-row-meta">
          {decision.snippet ? (
            <span className="snippet">
              {snippetParts(decision.snippet).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
            </span>
          ) : (
            <>
              {decision.tags.slice(0, TAGS_IN_ROW).map((tag) => (
                <span key={tag} className="tag">
                  #{tag}
                </span>
              ))}
              {decision.tags.length > TAGS_IN_ROW && <span className="tag tag-more">+{decision.tags.length - TAGS_IN_ROW}</span>}
              {decision.decisionMakers.length > 0 && <span className="row-people">{decision.decisionMakers.join(', ')}</span>}
            </>
          )}
        </div>
      </div>
      <StatusBadge status={decision.status} />
      <DecisionDate className="decision-date" date={decision.date} source={decision.dateSource} compact />
    </>
  );
}
