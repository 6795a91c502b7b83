import { describe, expect, it } from 'vitest';
import { findGraphNodes, neighbourhood, overviewGraph } from './graph-view';
import { graphOf, idOf, node } from './graph-fixtures.test-support';

const numbers = (graph: { nodes: { number: number }[] }) => graph.nodes.map((n) => n.number).sort((a, b) => a - b);

describe('overviewGraph', () => {
  it('draws a small graph whole, unlinked decisions too', () => {
    const graph = graphOf([node(1), node(2), node(3)], [[2, 'supersedes', 1]]);
    const view = overviewGraph(graph, 2, 3);
    expect(view.graph).toBe(graph);
    expect(view).toMatchObject({ unlinked: 0, leftOut: 0, groups: 2 });
  });

  it('leaves out a large graph’s unlinked decisions and the groups that do not fit, and counts them', () => {
    // Groups: {1,2,3} {4,5} {6,7}, and 8–10 unlinked.
    const graph = graphOf(
      Array.from({ length: 10 }, (_, i) => node(i + 1)),
      [
        [2, 'supersedes', 1],
        [3, 'depends-on', 2],
        [5, 'amends', 4],
        [7, 'relates-to', 6],
      ],
    );
    const view = overviewGraph(graph, 5, 4);
    expect(numbers(view.graph)).toEqual([1, 2, 3, 4, 5]);
    expect(view.graph.edges).toHaveLength(3);
    expect(view).toMatchObject({ unlinked: 3, leftOut: 2, groups: 2 });
  });

  it('cuts a first group larger than the limit to the nearest decisions of its first one', () => {
    const chain = Array.from({ length: 8 }, (_, i) => node(i + 1));
    const links = chain.slice(1).map((n): [number, 'depends-on', number] => [n.number, 'depends-on', n.number - 1]);
    const view = overviewGraph(graphOf(chain, links), 3, 2);
    expect(numbers(view.graph)).toEqual([1, 2, 3]);
    expect(view).toMatchObject({ unlinked: 0, leftOut: 5, groups: 1 });
  });

  it('is empty, counting them, when no decision has a link', () => {
    const view = overviewGraph(graphOf([node(1), node(2), node(3)], []), 5, 2);
    expect(view.graph.nodes).toEqual([]);
    expect(view.unlinked).toBe(3);
  });
});

describe('neighbourhood', () => {
  // 1 ← 2 ← 3 ← 4, and 5 relates to 3; 6 unlinked.
  const graph = graphOf(
    [1, 2, 3, 4, 5, 6].map((n) => node(n)),
    [
      [2, 'supersedes', 1],
      [3, 'depends-on', 2],
      [4, 'depends-on', 3],
      [5, 'relates-to', 3],
    ],
  );

  it('keeps the decision and those up to k links away in either direction, with the links between them', () => {
    const around = neighbourhood(graph, idOf(2), 1);
    expect(numbers(around)).toEqual([1, 2, 3]);
    expect(around.edges).toHaveLength(2);
    expect(numbers(neighbourhood(graph, idOf(2), 2))).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops at the limit, nearest first', () => {
    expect(numbers(neighbourhood(graph, idOf(3), 2, 3))).toContain(3);
    expect(neighbourhood(graph, idOf(3), 2, 3).nodes).toHaveLength(3);
  });

  it('is the decision alone when it has no link, and empty when it is not in the graph', () => {
    expect(numbers(neighbourhood(graph, idOf(6)))).toEqual([6]);
    expect(neighbourhood(graph, idOf(99)).nodes).toEqual([]);
  });
});

describe('findGraphNodes', () => {
  const nodes = [node(1, { title: 'Use Postgres' }), node(12, { title: 'Adopt Kafka' }), node(120, { title: 'Postgres backups' })];

  it('puts the decision with that number first, however it is padded', () => {
    expect(findGraphNodes(nodes, '0012').map((n) => n.number)).toEqual([12]);
    expect(findGraphNodes(nodes, '12').map((n) => n.number)).toEqual([12, 120]);
  });

  it('finds titles that start with the words before those that contain them, case aside', () => {
    expect(findGraphNodes(nodes, 'postgres').map((n) => n.number)).toEqual([120, 1]);
    expect(findGraphNodes(nodes, '  ')).toEqual([]);
  });
});
