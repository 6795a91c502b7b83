import type { DecisionGraph, GraphNode } from './decision-graph';
import { connectedGroups } from './graph-layout';

/** Up to this many decisions the whole graph is drawn, linked or not: it still reads at a glance. */
export const GRAPH_DRAW_ALL_LIMIT = 150;
/**
 * The most boxes drawn at once beyond that. Each box and arrow is a handful of SVG elements, and
 * dagre's layout grows faster than linearly: 200 keeps the page quick and the boxes legible when fitted.
 */
export const GRAPH_NODE_LIMIT = 200;
/** How many links away from the decision in focus its neighbourhood reaches. */
export const NEIGHBOURHOOD_HOPS = 2;

export interface GraphView {
  /** What is drawn. */
  graph: DecisionGraph;
  /** Decisions with no link at all, left out of a large graph's overview. */
  unlinked: number;
  /** Linked decisions left out because their groups did not fit under the limit. */
  leftOut: number;
  /** How many groups of linked decisions are drawn. */
  groups: number;
}

/**
 * The view a graph opens on. A small graph is drawn whole; a large one shows only the decisions
 * that have links, in their connected groups, largest first, as many groups as fit under `limit`
 * (a first group larger than the limit is cut to the neighbourhood of its first decision). What is
 * left out is counted, so the page can say so.
 */
export function overviewGraph(graph: DecisionGraph, limit = GRAPH_NODE_LIMIT, drawAllLimit = GRAPH_DRAW_ALL_LIMIT): GraphView {
  if (graph.nodes.length <= drawAllLimit) return { graph, unlinked: 0, leftOut: 0, groups: connectedGroups(graph).length };
  const linked = connectedGroups(graph)
    .filter((group) => group.edges.length > 0)
    .sort((a, b) => b.nodes.length - a.nodes.length || lowestNumber(a.nodes) - lowestNumber(b.nodes));
  const linkedCount = linked.reduce((sum, group) => sum + group.nodes.length, 0);
  const unlinked = graph.nodes.length - linkedCount;
  const first = linked[0];
  if (!first) return { graph: { nodes: [], edges: [] }, unlinked, leftOut: 0, groups: 0 };
  if (first.nodes.length > limit) {
    const start = [...first.nodes].sort((a, b) => a.number - b.number)[0] as GraphNode;
    const cut = neighbourhood(first, start.id, Number.POSITIVE_INFINITY, limit);
    return { graph: cut, unlinked, leftOut: linkedCount - cut.nodes.length, groups: 1 };
  }
  const drawn: DecisionGraph = { nodes: [], edges: [] };
  let groups = 0;
  for (const group of linked) {
    if (drawn.nodes.length + group.nodes.length > limit) continue;
    drawn.nodes.push(...group.nodes);
    drawn.edges.push(...group.edges);
    groups += 1;
  }
  return { graph: drawn, unlinked, leftOut: linkedCount - drawn.nodes.length, groups };
}

/**
 * The decision `id` and those up to `hops` links away from it, either direction, nearest first and
 * at most `limit` of them, with the links between the ones kept. Empty when `id` is not in the graph.
 */
export function neighbourhood(graph: DecisionGraph, id: string, hops = NEIGHBOURHOOD_HOPS, limit = GRAPH_NODE_LIMIT): DecisionGraph {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  if (!byId.has(id)) return { nodes: [], edges: [] };
  const adjacent = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (!byId.has(edge.fromId) || !byId.has(edge.toId)) continue;
    adjacent.set(edge.fromId, [...(adjacent.get(edge.fromId) ?? []), edge.toId]);
    adjacent.set(edge.toId, [...(adjacent.get(edge.toId) ?? []), edge.fromId]);
  }
  const kept = new Set([id]);
  let frontier = [id];
  for (let hop = 0; hop < hops && frontier.length > 0 && kept.size < limit; hop++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const other of adjacent.get(current) ?? []) {
        if (kept.has(other) || kept.size >= limit) continue;
        kept.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return {
    nodes: graph.nodes.filter((node) => kept.has(node.id)),
    edges: graph.edges.filter((edge) => kept.has(edge.fromId) && kept.has(edge.toId)),
  };
}

/**
 * The decisions a search box entry names, best first: the one with that number ("12", "0012"),
 * then those whose title starts with the words, then those whose title contains them.
 */
export function findGraphNodes(nodes: readonly GraphNode[], query: string, limit = 8): GraphNode[] {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return [];
  const number = /^\d+$/.test(wanted) ? Number(wanted) : null;
  const scored: { node: GraphNode; rank: number }[] = [];
  for (const node of nodes) {
    const title = node.title.toLowerCase();
    const rank = node.number === number ? 0 : title.startsWith(wanted) ? 1 : title.includes(wanted) ? 2 : number !== null && String(node.number).includes(wanted) ? 3 : -1;
    if (rank >= 0) scored.push({ node, rank });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.node.number - b.node.number)
    .slice(0, limit)
    .map((s) => s.node);
}

function lowestNumber(nodes: readonly GraphNode[]): number {
  return Math.min(...nodes.map((node) => node.number));
}
