import type { LinkKind } from '../domain/link-kind';
import type { DecisionGraph, GraphNode } from './decision-graph';

/** A decision node whose id is derived from its number, so tests can name links by number. */
export function node(number: number, overrides: Partial<GraphNode> = {}): GraphNode {
  return { id: idOf(number), number, title: `Decision ${number}`, status: 'accepted', tags: [], ...overrides };
}

export function idOf(number: number): string {
  return `00000000-0000-4000-8000-${String(number).padStart(12, '0')}`;
}

export function graphOf(nodes: GraphNode[], links: [number, LinkKind, number][]): DecisionGraph {
  return { nodes, edges: links.map(([from, kind, to]) => ({ fromId: idOf(from), kind, toId: idOf(to) })) };
}
