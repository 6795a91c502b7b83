import { formatDecisionNumber } from '../../../shared/domain/decision';
import type { GraphNode } from '../../../shared/graph/decision-graph';
import type { GraphView } from '../../../shared/graph/graph-view';
import { routeHash } from '../router';

interface GraphViewNoteProps {
  view: GraphView;
  focus: GraphNode | null;
  focusId: string | null;
  hops: number;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** What the graph draws when it is not everything: one decision's neighbourhood, or the linked decisions only, and what is left out. */
export function GraphViewNote({ view, focus, focusId, hops }: GraphViewNoteProps) {
  const overview = (
    <a className="graph-note-link" href={routeHash({ name: 'graph' })}>
      Back to the whole graph
    </a>
  );
  if (focusId && !focus) {
    return (
      <p className="graph-note" role="status">
        That decision is not in this workspace. {overview}
      </p>
    );
  }
  if (focus) {
    const name = `${formatDecisionNumber(focus.number)} ${focus.title}`;
    return (
      <p className="graph-note">
        {view.graph.nodes.length === 1 ? `${name} has no links yet.` : `${name} and the decisions up to ${plural(hops, 'link', 'links')} away from it.`}{' '}
        <a className="graph-note-link" href={routeHash({ name: 'decision', id: focus.id })}>
          Open {formatDecisionNumber(focus.number)}
        </a>{' '}
        · {overview}
      </p>
    );
  }
  if (view.unlinked === 0 && view.leftOut === 0) return null;
  const leftOut = [view.unlinked > 0 && `${plural(view.unlinked, 'decision', 'decisions')} without links`, view.leftOut > 0 && `${plural(view.leftOut, 'decision', 'decisions')} in smaller groups`]
    .filter(Boolean)
    .join(' and ');
  return (
    <p className="graph-note">
      {view.graph.nodes.length === 0
        ? `No decision links to another yet, so there is nothing to draw: ${leftOut} left out.`
        : `Drawn: the ${plural(view.graph.nodes.length, 'decision', 'decisions')} with links, in the ${plural(view.groups, 'largest group', 'largest groups')}. Left out: ${leftOut}.`}{' '}
      Find a decision above to see it with its neighbours.
    </p>
  );
}
