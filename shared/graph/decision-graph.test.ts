import { describe, expect, it } from 'vitest';
import { filterGraph, graphFacets } from './decision-graph';
import { findLinkCycles } from './link-cycles';
import { graphOf, idOf, node } from './graph-fixtures.test-support';

describe('filterGraph', () => {
  const graph = graphOf(
    [
      node(1, { status: 'accepted', tags: ['database'] }),
      node(2, { status: 'superseded', tags: ['database'] }),
      node(3, { status: 'proposed', tags: ['api'] }),
    ],
    [
      [1, 'supersedes', 2],
      [3, 'relates-to', 1],
    ],
  );

  it('keeps decisions of the chosen statuses and only links between kept decisions', () => {
    const kept = filterGraph(graph, { statuses: ['accepted', 'proposed'], tags: [] });
    expect(kept.nodes.map((n) => n.number)).toEqual([1, 3]);
    expect(kept.edges).toEqual([{ fromId: idOf(3), kind: 'relates-to', toId: idOf(1) }]);
  });

  it('keeps decisions with any chosen tag, and everything with no filter', () => {
    expect(filterGraph(graph, { statuses: [], tags: ['database'] }).nodes.map((n) => n.number)).toEqual([1, 2]);
    expect(filterGraph(graph, { statuses: [], tags: [] })).toEqual(graph);
  });

  it('lists the statuses and tags present, sorted', () => {
    expect(graphFacets(graph)).toEqual({ statuses: ['accepted', 'proposed', 'superseded'], tags: ['api', 'database'] });
  });
});

describe('findLinkCycles', () => {
  it('reports a supersedes cycle once, with its decisions in number order', () => {
    const graph = graphOf([node(1), node(2), node(3)], [
      [2, 'supersedes', 1],
      [1, 'supersedes', 2],
      [3, 'supersedes', 2],
    ]);
    const cycles = findLinkCycles(graph);
    expect(cycles.map((c) => ({ kind: c.kind, numbers: c.nodes.map((n) => n.number) }))).toEqual([{ kind: 'supersedes', numbers: [1, 2] }]);
  });

  it('reports a decision that depends on itself', () => {
    const cycles = findLinkCycles(graphOf([node(4)], [[4, 'depends-on', 4]]));
    expect(cycles.map((c) => [c.kind, c.nodes.map((n) => n.number)])).toEqual([['depends-on', [4]]]);
  });

  it('finds nothing in chains and in links that may go both ways', () => {
    const graph = graphOf([node(1), node(2), node(3)], [
      [3, 'supersedes', 2],
      [2, 'supersedes', 1],
      [1, 'relates-to', 2],
      [2, 'relates-to', 1],
      [1, 'clarifies', 3],
      [3, 'clarifies', 1],
    ]);
    expect(findLinkCycles(graph)).toEqual([]);
  });

  it('does not mix kinds: a amends b and b supersedes a is no cycle', () => {
    expect(findLinkCycles(graphOf([node(1), node(2)], [[1, 'amends', 2], [2, 'supersedes', 1]]))).toEqual([]);
  });

  it('walks a ring of 20,000 supersedes links without overflowing the stack', () => {
    const count = 20_000;
    const nodes = Array.from({ length: count }, (_, i) => node(i + 1));
    const links = nodes.map((n, i): [number, 'supersedes', number] => [n.number, 'supersedes', ((i + 1) % count) + 1]);
    const cycles = findLinkCycles(graphOf(nodes, links));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.nodes).toHaveLength(count);
  });
});
