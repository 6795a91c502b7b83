import { useId, useMemo, useState } from 'react';
import { statusLabel } from '../../../shared/domain/decision-status';
import { LINK_KINDS } from '../../../shared/domain/link-kind';
import { filterGraph, graphFacets } from '../../../shared/graph/decision-graph';
import { NEIGHBOURHOOD_HOPS, neighbourhood, overviewGraph, type GraphView } from '../../../shared/graph/graph-view';
import { layoutGraph } from '../../../shared/graph/graph-layout';
import { toSvg } from '../../../shared/graph/graph-svg-export';
import { toDot, toMermaid } from '../../../shared/graph/graph-text-export';
import { findLinkCycles } from '../../../shared/graph/link-cycles';
import { useDocumentTitle } from '../app/use-document-title';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { statusTone } from '../components/status-tone';
import { PageHeader } from '../components/page-header';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { useUiStore } from '../stores/ui-store';
import { GraphCanvas } from './graph-canvas';
import { GraphExportDialog, type GraphExport } from './graph-export-dialog';
import { GraphFinder } from './graph-finder';
import { GraphViewNote } from './graph-view-note';
import { LinkCyclesAlert } from './link-cycles-alert';

/**
 * The decision graph: decisions as boxes, typed links as arrows, filtered, zoomable and exportable.
 * A large log opens on its linked decisions only (`overviewGraph`), and `focusId` (from #/graph/<id>)
 * draws one decision's neighbourhood instead, so the page stays quick and readable at any size.
 */
export function GraphPage({ workspaceId, focusId }: { workspaceId: string; focusId: string | null }) {
  const graphQuery = useServerQuery('getDecisionGraph', { workspaceId });
  const graph = graphQuery.data ?? null;
  const error = queryErrorMessage(graphQuery);
  const [statuses, setStatuses] = useState<string[]>([]);
  const [tag, setTag] = useState('');
  const [exported, setExported] = useState<GraphExport | null>(null);
  const tagId = useId();
  useDocumentTitle('Decision graph');

  const facets = useMemo(() => (graph ? graphFacets(graph) : { statuses: [], tags: [] }), [graph]);
  const shown = useMemo(() => (graph ? filterGraph(graph, { statuses, tags: tag ? [tag] : [] }) : null), [graph, statuses, tag]);
  const focus = useMemo(() => (focusId ? (graph?.nodes.find((node) => node.id === focusId) ?? null) : null), [graph, focusId]);
  const view = useMemo<GraphView | null>(() => {
    if (!shown) return null;
    if (!focus) return overviewGraph(shown);
    // The decision in focus stays drawn even when the filters would hide it: it is what was asked for.
    const withFocus = shown.nodes.some((node) => node.id === focus.id) ? shown : { nodes: [...shown.nodes, focus], edges: graph?.edges ?? [] };
    return { graph: neighbourhood(withFocus, focus.id), unlinked: 0, leftOut: 0, groups: 1 };
  }, [shown, focus, graph]);
  const layout = useMemo(() => (view ? layoutGraph(view.graph) : null), [view]);
  const cycles = useMemo(() => (graph ? findLinkCycles(graph) : []), [graph]);

  const toggleStatus = (status: string) =>
    setStatuses((current) => (current.includes(status) ? current.filter((s) => s !== status) : [...current, status]));

  const header = (
    <PageHeader
      title="Decision graph"
      subtitle="How decisions supersede, amend, clarify, relate to and depend on each other. Click a box to open it."
      actionsLabel="Export"
      actions={
        shown &&
        layout &&
        shown.nodes.length > 0 && (
          <>
            <button type="button" className="button" onClick={() => setExported({ title: 'Export as SVG', fileName: 'decisions.svg', mimeType: 'image/svg+xml', text: toSvg(layout) })}>
              Export SVG
            </button>
            <button type="button" className="button" onClick={() => setExported({ title: 'Export as Mermaid', fileName: 'decisions.mmd', mimeType: 'text/plain', text: toMermaid(shown) })}>
              Export Mermaid
            </button>
            <button type="button" className="button" onClick={() => setExported({ title: 'Export as Graphviz DOT', fileName: 'decisions.dot', mimeType: 'text/vnd.graphviz', text: toDot(shown) })}>
              Export DOT
            </button>
          </>
        )
      }
    />
  );

  if (!graph || !shown || !view || !layout) {
    return (
      <div className="page page-graph">
        {header}
        <ErrorAlert message={error} />
        {!error && <Loading label="Laying out the graph…" />}
      </div>
    );
  }

  if (graph.nodes.length === 0) {
    return (
      <div className="page page-graph">
        {header}
        <EmptyState title="No decisions to draw yet">
          <p className="empty-state-text">
            Each decision becomes a box here, and each link between two decisions an arrow. Write your first decision, then link
            the next one to it (&ldquo;supersedes&rdquo;, &ldquo;depends on&rdquo;…) from its page.
          </p>
          <button type="button" className="button button-primary" onClick={() => useUiStore.getState().openNewDecision()}>
            New decision
          </button>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page page-graph">
      {header}
      <LinkCyclesAlert cycles={cycles} />
      <div className="graph-filters">
        <div className="toolbar" role="group" aria-label="Show statuses">
          {facets.statuses.map((status) => (
            <button
              key={status}
              type="button"
              className="filter-chip"
              aria-pressed={statuses.includes(status)}
              onClick={() => toggleStatus(status)}
            >
              <span className={`status-dot status-dot-${statusTone(status)}`} aria-hidden="true" />
              {statusLabel(status)}
            </button>
          ))}
        </div>
        {facets.tags.length > 0 && (
          <div className="graph-tag-filter">
            <label htmlFor={tagId}>Tag</label>
            <select id={tagId} className="select" value={tag} onChange={(event) => setTag(event.target.value)}>
              <option value="">All tags</option>
              {facets.tags.map((t) => (
                <option key={t} value={t}>
                  #{t}
                </option>
              ))}
            </select>
          </div>
        )}
        <p className="graph-count" aria-live="polite">
          {view.graph.nodes.length.toLocaleString('en')} of {graph.nodes.length.toLocaleString('en')} decisions · {view.graph.edges.length} {view.graph.edges.length === 1 ? 'link' : 'links'}
        </p>
      </div>
      <GraphFinder nodes={graph.nodes} />
      <GraphViewNote view={view} focus={focus} focusId={focusId} hops={NEIGHBOURHOOD_HOPS} />
      {shown.nodes.length === 0 && !focus ? (
        <p className="section-empty">No decision has the chosen status and tag. Choose others above.</p>
      ) : view.graph.nodes.length === 0 ? null : (
        <GraphCanvas layout={layout} />
      )}
      <ul className="graph-legend" aria-label="Link kinds">
        {LINK_KINDS.map((kind) => (
          <li key={kind}>
            <svg width="36" height="10" aria-hidden="true" className={`graph-edge graph-edge-${kind}`}>
              <path d="M2 5H34" />
            </svg>
            {kind}
          </li>
        ))}
      </ul>
      {exported && <GraphExportDialog exported={exported} onDismiss={() => setExported(null)} />}
    </div>
  );
}
