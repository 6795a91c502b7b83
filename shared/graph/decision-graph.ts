import { z } from 'zod';
import { Id } from '../domain/decision';
import { LinkKind } from '../domain/link-kind';

/** A decision as the graph draws it: enough for a labelled, coloured box and the filters. */
export const GraphNode = z.object({
  id: Id,
  number: z.number().int(),
  title: z.string(),
  status: z.string(),
  tags: z.array(z.string()),
});
export type GraphNode = z.infer<typeof GraphNode>;

/** A typed link, drawn from the decision that states it ("0007 supersedes 0003") to its target. */
export const GraphEdge = z.object({ fromId: Id, kind: LinkKind, toId: Id });
export type GraphEdge = z.infer<typeof GraphEdge>;

export const DecisionGraph = z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) });
export type DecisionGraph = z.infer<typeof DecisionGraph>;

export interface GraphFilter {
  /** Keep only decisions with one of these statuses; empty keeps all. */
  statuses: readonly string[];
  /** Keep only decisions with one of these tags; empty keeps all. */
  tags: readonly string[];
}

/** The decisions the filter keeps, and the links whose both ends are kept. */
export function filterGraph(graph: DecisionGraph, filter: GraphFilter): DecisionGraph {
  const nodes = graph.nodes.filter(
    (node) =>
      (filter.statuses.length === 0 || filter.statuses.includes(node.status)) &&
      (filter.tags.length === 0 || node.tags.some((tag) => filter.tags.includes(tag))),
  );
  const kept = new Set(nodes.map((node) => node.id));
  return { nodes, edges: graph.edges.filter((edge) => kept.has(edge.fromId) && kept.has(edge.toId)) };
}

/** Every status and tag present in the graph, sorted, for the filter controls. */
export function graphFacets(graph: DecisionGraph): { statuses: string[]; tags: string[] } {
  const statuses = new Set<string>();
  const tags = new Set<string>();
  for (const node of graph.nodes) {
    statuses.add(node.status);
    node.tags.forEach((tag) => tags.add(tag));
  }
  return { statuses: [...statuses].sort(), tags: [...tags].sort() };
}
