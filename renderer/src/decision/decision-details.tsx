import type { ReactNode } from 'react';
import type { Decision } from '../../../shared/domain/decision';
import { TEMPLATES } from '../../../shared/domain/template';
import { DecisionDate } from '../components/decision-date';

/** The decision's metadata: when, who, tags, template and revision. */
export function DecisionDetails({ decision }: { decision: Decision }) {
  const rows: [string, ReactNode][] = [
    ['Date', <DecisionDate date={decision.date} source={decision.dateSource} />],
    ['Review by', decision.reviewBy ? <time dateTime={decision.reviewBy}>{decision.reviewBy}</time> : <Unset />],
    ['Decision-makers', people(decision.decisionMakers)],
    ['Consulted', people(decision.consulted)],
    ['Informed', people(decision.informed)],
    [
      'Tags',
      decision.tags.length ? (
        <span className="tag-list">
          {decision.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
        </span>
      ) : (
        <Unset />
      ),
    ],
    ['Template', TEMPLATES[decision.template].name],
    ['Revision', String(decision.revision)],
    ['Updated', new Date(decision.updatedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })],
  ];
  return (
    <section className="side-section">
      <h2 className="side-title">Details</h2>
      <dl className="details">
        {rows.map(([term, value]) => (
          <div key={term} className="details-row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function people(names: string[]): ReactNode {
  return names.length ? names.join(', ') : <Unset />;
}

function Unset() {
  return <span className="unset">—</span>;
}
