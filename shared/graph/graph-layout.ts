import { graphlib, layout } from '@dagrejs/dagre';
import type { DecisionGraph, GraphEdge, GraphNode } from './decision-graph';

export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 56;
/** Space between laid-out groups of linked decisions. */
const GROUP_GAP = 32;
/** The width-to-height ratio the packed groups aim for: about a window's, so "fit" shows them large. */
const TARGET_ASPECT = 1.6;

export interface Point {
  x: number;
  y: number;
}

/** A node's box: x and y are its top-left corner. */
export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge extends GraphEdge {
  points: Point[];
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

/**
 * Places the graph: every group of linked decisions is laid out by dagre (links run top to bottom,
 * from the decision that states the link), and the groups are packed in shelves, largest first, so
 * unlinked decisions fill a grid instead of one endless row. dagre breaks cycles itself, so a cyclic
 * supersedes chain is drawn, not looped on.
 */
export function layoutGraph(graph: DecisionGraph): GraphLayout {
  const placedGroups = connectedGroups(graph).map(layoutGroup);
  placedGroups.sort((a, b) => b.nodes.length - a.nodes.length || firstNumber(a) - firstNumber(b));

  // Shelves wrap at the width that makes the whole a window-shaped block, not an endless row.
  const area = placedGroups.reduce((sum, g) => sum + (g.width + GROUP_GAP) * (g.height + GROUP_GAP), 0);
  const shelfWidth = Math.max(NODE_WIDTH * 4, Math.sqrt(area * TARGET_ASPECT), ...placedGroups.map((g) => g.width));

  const nodes: PlacedNode[] = [];
  const edges: PlacedEdge[] = [];
  let shelfX = 0;
  let shelfY = 0;
  let shelfHeight = 0;
  let width = 0;
  for (const group of placedGroups) {
    if (shelfX > 0 && shelfX + group.width > shelfWidth) {
      shelfY += shelfHeight + GROUP_GAP;
      shelfX = 0;
      shelfHeight = 0;
    }
    for (const node of group.nodes) nodes.push({ ...node, x: node.x + shelfX, y: node.y + shelfY });
    for (const edge of group.edges) edges.push({ ...edge, points: edge.points.map((p) => ({ x: p.x + shelfX, y: p.y + shelfY })) });
    shelfX += group.width + GROUP_GAP;
    shelfHeight = Math.max(shelfHeight, group.height);
    width = Math.max(width, shelfX - GROUP_GAP);
  }
  return { nodes, edges, width, height: placedGroups.length === 0 ? 0 : shelfY + shelfHeight };
}

function firstNumber(group: GraphLayout): number {
  return Math.min(...group.nodes.map((node) => node.number));
}

function layoutGroup(group: DecisionGraph): GraphLayout {
  const only = group.nodes[0];
  if (group.nodes.length === 1 && group.edges.length === 0 && only) {
    return { nodes: [{ ...only, x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT }], edges: [], width: NODE_WIDTH, height: NODE_HEIGHT };
  }
  const g = new graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 32, ranksep: 64, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of group.nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of group.edges) g.setEdge(edge.fromId, edge.toId, {}, edge.kind);
  layout(g);

  const nodes = group.nodes.map((node) => {
    const placed = g.node(node.id) as { x: number; y: number };
    return { ...node, x: placed.x - NODE_WIDTH / 2, y: placed.y - NODE_HEIGHT / 2, width: NODE_WIDTH, height: NODE_HEIGHT };
  });
  const edges = group.edges.map((edge) => {
    const label = g.edge({ v: edge.fromId, w: edge.toId, name: edge.kind }) as { points?: Point[] } | undefined;
    return { ...edge, points: label?.points ?? [] };
  });
  const bounds = g.graph() as { width?: number; height?: number };
  return { nodes, edges, width: bounds.width ?? NODE_WIDTH, height: bounds.height ?? NODE_HEIGHT };
}

/** The graph split into groups of decisions linked to each other in either direction. */
export function connectedGroups(graph: DecisionGraph): DecisionGraph[] {
  const parent = new Map(graph.nodes.map((node) => [node.id, node.id]));
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) {
      const up = parent.get(current) as string;
      parent.set(current, parent.get(up) as string);
      current = up;
    }
    return current;
  };
  const edges = graph.edges.filter((edge) => parent.has(edge.fromId) && parent.has(edge.toId));
  for (const edge of edges) parent.set(root(edge.fromId), root(edge.toId));

  const groups = new Map<string, DecisionGraph>();
  for (const node of graph.nodes) {
    const key = root(node.id);
    const group = groups.get(key) ?? { nodes: [], edges: [] };
    group.nodes.push(node);
    groups.set(key, group);
  }
  for (const edge of edges) groups.get(root(edge.fromId))?.edges.push(edge);
  return [...groups.values()];
}
