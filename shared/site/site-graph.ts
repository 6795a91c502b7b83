import { formatDecisionNumber, type Decision } from '../domain/decision';
import { statusLabel } from '../domain/decision-status';
import type { DecisionGraph } from '../graph/decision-graph';
import { connectedGroups, layoutGraph } from '../graph/graph-layout';
import { edgePath, fitTitle } from '../graph/graph-svg-export';
import { escapeHtml } from './html-text';

/**
 * The most decisions the site's graph draws. Past this a drawing is a wall of boxes nobody reads
 * (and a page of megabytes): the largest groups of linked decisions are drawn, the rest are found
 * from their pages' links.
 */
export const GRAPH_LIMIT = 400;

const MARGIN = 16;

export interface SiteGraph {
  /** The inline SVG, or '' when no decision has a link. */
  svg: string;
  drawn: number;
  /** Decisions with links left out to stay under GRAPH_LIMIT. */
  leftOut: number;
  /** Decisions with no link to another published decision: not drawn, as boxes alone say nothing. */
  unlinked: number;
}

/**
 * The links between decisions as a static SVG with the app's layout (shared/graph): only the
 * decisions that have links, each box a link to its page, colours from the page's style so the
 * dark theme applies. Needs no script.
 */
export function siteGraph(sorted: readonly Decision[], pageHref: (id: string) => string): SiteGraph {
  const published = new Set(sorted.map((d) => d.id));
  const graph: DecisionGraph = { nodes: [], edges: [] };
  const linked = new Set<string>();
  for (const decision of sorted) {
    for (const link of decision.links) {
      if (link.direction !== 'outgoing' || !published.has(link.otherId) || link.otherId === decision.id) continue;
      graph.edges.push({ fromId: decision.id, kind: link.kind, toId: link.otherId });
      linked.add(decision.id).add(link.otherId);
    }
  }
  const byId = new Map(sorted.map((d) => [d.id, d]));
  // By number, not id: an import gives the decisions new ids, and the drawing must not move for it.
  const order = new Map(sorted.map((d, i) => [d.id, i]));
  const rank = (decisionId: string) => order.get(decisionId) as number;
  graph.edges.sort((a, b) => rank(a.fromId) - rank(b.fromId) || rank(a.toId) - rank(b.toId) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  graph.nodes = sorted.filter((d) => linked.has(d.id)).map((d) => ({ id: d.id, number: d.number, title: d.title, status: d.status ?? '', tags: d.tags }));

  const groups = connectedGroups(graph).sort((a, b) => b.nodes.length - a.nodes.length || minNumber(a) - minNumber(b));
  const kept: DecisionGraph = { nodes: [], edges: [] };
  for (const group of groups) {
    if (kept.nodes.length + group.nodes.length > GRAPH_LIMIT) continue;
    kept.nodes.push(...group.nodes);
    kept.edges.push(...group.edges);
  }
  const unlinked = sorted.length - linked.size;
  if (kept.nodes.length === 0) return { svg: '', drawn: 0, leftOut: linked.size, unlinked };

  const layout = layoutGraph(kept);
  const width = round(layout.width + 2 * MARGIN);
  const height = round(layout.height + 2 * MARGIN);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${-MARGIN} ${-MARGIN} ${width} ${height}" aria-labelledby="graph-title">`,
    '<title id="graph-title">Links between decisions</title>',
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="currentColor"/></marker></defs>',
  ];
  for (const edge of layout.edges) {
    const marker = edge.kind === 'relates-to' ? '' : ' marker-end="url(#arrow)"';
    const dash = edge.kind === 'amends' ? ' stroke-dasharray="6 4"' : edge.kind === 'clarifies' ? ' stroke-dasharray="2 3"' : '';
    parts.push(`<path d="${edgePath(edge.points)}" fill="none" stroke="currentColor" stroke-width="${edge.kind === 'depends-on' ? 2.5 : 1.5}"${dash}${marker}/>`);
    const middle = edge.points[Math.floor(edge.points.length / 2)];
    if (middle) parts.push(`<text x="${round(middle.x + 4)}" y="${round(middle.y)}" font-size="11" fill="currentColor">${edge.kind}</text>`);
  }
  for (const node of layout.nodes) {
    const decision = byId.get(node.id) as Decision;
    const name = `${formatDecisionNumber(node.number)}. ${node.title} (${statusLabel(decision.status)})`;
    const statusClass = decision.status === null ? 'none' : decision.status;
    parts.push(
      `<a class="node s-${statusClass}" href="${pageHref(node.id)}" aria-label="${escapeHtml(name)}"><title>${escapeHtml(name)}</title>` +
        `<rect x="${round(node.x)}" y="${round(node.y)}" width="${node.width}" height="${node.height}" rx="8"/>` +
        `<text x="${round(node.x + 10)}" y="${round(node.y + 22)}" font-size="12">${formatDecisionNumber(node.number)} · ${escapeHtml(statusLabel(decision.status))}</text>` +
        `<text x="${round(node.x + 10)}" y="${round(node.y + 42)}" font-size="13">${escapeHtml(fitTitle(node.title))}</text></a>`,
    );
  }
  parts.push('</svg>');
  return { svg: parts.join('\n'), drawn: layout.nodes.length, leftOut: linked.size - layout.nodes.length, unlinked };
}

function minNumber(group: DecisionGraph): number {
  return Math.min(...group.nodes.map((node) => node.number));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
