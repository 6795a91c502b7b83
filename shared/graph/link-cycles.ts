import type { LinkKind } from '../domain/link-kind';
import type { DecisionGraph, GraphNode } from './decision-graph';

/**
 * Link kinds whose cycles make no sense: a decision cannot (through others) supersede, amend or
 * depend on itself. "relates to" is symmetric and "clarifies" may go both ways, so they are left out.
 */
const ORDERED_KINDS: readonly LinkKind[] = ['supersedes', 'amends', 'depends-on'];

/** A set of decisions that reach each other through links of one kind, in number order. */
export interface LinkCycle {
  kind: LinkKind;
  nodes: GraphNode[];
}

/**
 * The cycles among supersedes, amends and depends-on links — a lint error, reported so that nothing
 * downstream (layout, timelines, "latest version" walks) ever loops on them. One entry per strongly
 * connected group, found with Tarjan's algorithm written iteratively so a long chain cannot overflow
 * the stack.
 */
export function findLinkCycles(graph: DecisionGraph): LinkCycle[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const cycles: LinkCycle[] = [];
  for (const kind of ORDERED_KINDS) {
    const successors = new Map<string, string[]>();
    const selfLoops = new Set<string>();
    for (const edge of graph.edges) {
      if (edge.kind !== kind || !byId.has(edge.fromId) || !byId.has(edge.toId)) continue;
      if (edge.fromId === edge.toId) selfLoops.add(edge.fromId);
      const list = successors.get(edge.fromId) ?? [];
      list.push(edge.toId);
      successors.set(edge.fromId, list);
    }
    for (const group of stronglyConnectedGroups([...successors.keys()], successors)) {
      if (group.length > 1 || selfLoops.has(group[0] as string)) {
        const nodes = group.map((id) => byId.get(id) as GraphNode).sort((a, b) => a.number - b.number);
        cycles.push({ kind, nodes });
      }
    }
  }
  return cycles.sort((a, b) => (a.nodes[0]?.number ?? 0) - (b.nodes[0]?.number ?? 0));
}

function stronglyConnectedGroups(starts: string[], successors: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;

  for (const start of starts) {
    if (index.has(start)) continue;
    // Each frame is a node and how many of its successors were visited so far.
    const frames: { id: string; next: number }[] = [{ id: start, next: 0 }];
    index.set(start, counter);
    lowLink.set(start, counter);
    counter += 1;
    stack.push(start);
    onStack.add(start);

    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { id: string; next: number };
      const next = successors.get(frame.id) ?? [];
      if (frame.next < next.length) {
        const target = next[frame.next] as string;
        frame.next += 1;
        if (!index.has(target)) {
          index.set(target, counter);
          lowLink.set(target, counter);
          counter += 1;
          stack.push(target);
          onStack.add(target);
          frames.push({ id: target, next: 0 });
        } else if (onStack.has(target)) {
          lowLink.set(frame.id, Math.min(lowLink.get(frame.id) as number, index.get(target) as number));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) lowLink.set(parent.id, Math.min(lowLink.get(parent.id) as number, lowLink.get(frame.id) as number));
      if (lowLink.get(frame.id) === index.get(frame.id)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.id);
        groups.push(group);
      }
    }
  }
  return groups;
}
