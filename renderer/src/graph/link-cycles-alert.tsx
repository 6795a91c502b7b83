import { formatDecisionNumber } from '../../../shared/domain/decision';
import { LINK_LABELS } from '../../../shared/domain/link-kind';
import type { LinkCycle } from '../../../shared/graph/link-cycles';
import { routeHash } from '../router';

/** The lint error for links that go round in a circle, with the decisions to open and fix. */
export function LinkCyclesAlert({ cycles }: { cycles: LinkCycle[] }) {
  if (cycles.length === 0) return null;
  return (
    <div role="alert" className="alert graph-cycles">
      <div>
        <strong>
          {cycles.length === 1 ? 'One chain of links goes' : `${cycles.length} chains of links go`} round in a circle.
        </strong>{' '}
        A decision cannot, even through others, supersede, amend or depend on itself. Open one of these and remove a link:
        <ul>
          {cycles.map((cycle) => (
            <li key={`${cycle.kind}:${cycle.nodes.map((n) => n.id).join()}`}>
              {LINK_LABELS[cycle.kind].outgoing}:{' '}
              {cycle.nodes.map((node, i) => (
                <span key={node.id}>
                  {i > 0 && ' ↔ '}
                  <a href={routeHash({ name: 'decision', id: node.id })}>{formatDecisionNumber(node.number)}</a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
