import { describe, expect, it } from 'vitest';
import { connectedGroups, layoutGraph, NODE_HEIGHT, NODE_WIDTH, type PlacedNode } from './graph-layout';
import { graphOf, idOf, node } from './graph-fixtures.test-support';

function overlaps(a: PlacedNode, b: PlacedNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutGraph', () => {
  it('puts the decision that states a link above its target and routes the edge between them', () => {
    const layout = layoutGraph(graphOf([node(1), node(2)], [[2, 'supersedes', 1]]));
    const newer = layout.nodes.find((n) => n.number === 2) as PlacedNode;
    const older = layout.nodes.find((n) => n.number === 1) as PlacedNode;
    expect(newer.y + NODE_HEIGHT).toBeLessThan(older.y);
    const [edge] = layout.edges;
    expect(edge?.points.length).toBeGreaterThanOrEqual(2);
    expect(edge?.points[0]?.y).toBeLessThan(edge?.points.at(-1)?.y ?? 0);
  });

  it('lays out a cyclic supersedes chain instead of looping on it', () => {
    const layout = layoutGraph(graphOf([node(1), node(2)], [[1, 'supersedes', 2], [2, 'supersedes', 1]]));
    expect(layout.nodes).toHaveLength(2);
    expect(layout.edges).toHaveLength(2);
  });

  it('packs 500 decisions into a block where no two boxes overlap and everything lies inside the bounds', () => {
    const nodes = Array.from({ length: 500 }, (_, i) => node(i + 1));
    const links = Array.from({ length: 100 }, (_, i): [number, 'supersedes' | 'relates-to', number] => [
      i * 5 + 2,
      i % 2 === 0 ? 'supersedes' : 'relates-to',
      i * 5 + 1,
    ]);
    const layout = layoutGraph(graphOf(nodes, links));
    expect(layout.nodes).toHaveLength(500);
    // A block, not a line: readable when fitted to a window.
    expect(layout.height).toBeLessThan(layout.width);
    expect(layout.width).toBeLessThan(layout.height * 3);
    const sorted = [...layout.nodes].sort((a, b) => a.y - b.y || a.x - b.x);
    for (const [i, a] of sorted.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + NODE_WIDTH).toBeLessThanOrEqual(layout.width + 0.5);
      expect(a.y + NODE_HEIGHT).toBeLessThanOrEqual(layout.height + 0.5);
      for (const b of sorted.slice(i + 1)) {
        if (b.y >= a.y + a.height) break;
        expect(overlaps(a, b), `${a.number} overlaps ${b.number}`).toBe(false);
      }
    }
  });

  it('is empty for an empty graph', () => {
    expect(layoutGraph({ nodes: [], edges: [] })).toEqual({ nodes: [], edges: [], width: 0, height: 0 });
  });
});

describe('connectedGroups', () => {
  it('groups decisions linked in either direction and leaves links to missing decisions out', () => {
    const graph = graphOf([node(1), node(2), node(3)], [[2, 'amends', 1]]);
    graph.edges.push({ fromId: idOf(3), kind: 'relates-to', toId: idOf(99) });
    const groups = connectedGroups(graph).map((g) => ({ numbers: g.nodes.map((n) => n.number), edges: g.edges.length }));
    expect(groups).toEqual([
      { numbers: [1, 2], edges: 1 },
      { numbers: [3], edges: 0 },
    ]);
  });
});
