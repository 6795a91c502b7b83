import { useId, useMemo, useState } from 'react';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import type { GraphNode } from '../../../shared/graph/decision-graph';
import { findGraphNodes } from '../../../shared/graph/graph-view';
import { routeHash } from '../router';

/**
 * A search box that jumps to one decision's neighbourhood in the graph: by number or title, the best
 * matches as links below it, Enter taking the first, Escape closing them. The way into a graph too large to draw whole.
 */
export function GraphFinder({ nodes }: { nodes: readonly GraphNode[] }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const matches = useMemo(() => findGraphNodes(nodes, query), [nodes, query]);
  const go = (node: GraphNode) => {
    setQuery('');
    window.location.hash = routeHash({ name: 'graph', id: node.id });
  };
  return (
    <div className="graph-finder">
      <label htmlFor={inputId}>Find a decision</label>
      <input
        id={inputId}
        className="input"
        type="search"
        placeholder="Number or title"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          const first = matches[0];
          if (event.key === 'Enter' && first) {
            event.preventDefault();
            go(first);
          } else if (event.key === 'Escape' && query) {
            // Closes the matches first; only a second Escape reaches the page.
            event.stopPropagation();
            setQuery('');
          }
        }}
      />
      {query.trim() !== '' && (
        <ul className="graph-finder-results" aria-label="Matching decisions">
          {matches.length === 0 ? (
            <li className="graph-finder-none">No decision matches &ldquo;{query.trim()}&rdquo;.</li>
          ) : (
            matches.map((node) => (
              <li key={node.id}>
                <a href={routeHash({ name: 'graph', id: node.id })} onClick={() => setQuery('')}>
                  {formatDecisionNumber(node.number)} {node.title}
                </a>
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
