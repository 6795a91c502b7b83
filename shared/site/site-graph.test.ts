import { describe, expect, it } from 'vitest';
import type { Decision, DecisionLinkView } from '../domain/decision';
import type { LinkKind } from '../domain/link-kind';
import { testDecision, testId as id } from './site-decision.test-support';
import { GRAPH_LIMIT, siteGraph } from './site-graph';

const decision = (number: number, changes: Partial<Decision> = {}): Decision => testDecision(number, changes);

function link(from: Decision, kind: LinkKind, to: Decision): void {
  const view = (other: Decision, direction: DecisionLinkView['direction']): DecisionLinkView => ({ kind, direction, otherId: other.id, otherNumber: other.number, otherTitle: other.title, otherStatus: other.status });
  from.links.push(view(to, 'outgoing'));
  to.links.push(view(from, 'incoming'));
}

const href = (decisionId: string) => `decisions/${decisionId.slice(-4)}.html`;

describe('the site’s graph', () => {
  it('draws only the decisions with links, each a link to its page, and says how many are not drawn', () => {
    const [a, b, lonely] = [decision(1, { title: 'Use <Postgres>' }), decision(2, { status: null }), decision(3)] as [Decision, Decision, Decision];
    link(b, 'supersedes', a);
    const graph = siteGraph([a, b, lonely], href);
    expect(graph).toMatchObject({ drawn: 2, leftOut: 0, unlinked: 1 });
    expect(graph.svg.match(/<a class="node/g)).toHaveLength(2);
    expect(graph.svg).toContain('<a class="node s-proposed" href="decisions/0001.html" aria-label="0001. Use &lt;Postgres&gt; (Proposed)">');
    expect(graph.svg).toContain('<a class="node s-none" href="decisions/0002.html"');
    expect(graph.svg).not.toContain('0003');
  });

  it('ignores a link to a decision that is not published', () => {
    const [a, gone] = [decision(1), decision(2)] as [Decision, Decision];
    link(a, 'relates-to', gone);
    expect(siteGraph([a], href)).toEqual({ svg: '', drawn: 0, leftOut: 0, unlinked: 1 });
  });

  it('keeps a big graph readable: the largest groups up to the limit, the rest counted', () => {
    const decisions = Array.from({ length: GRAPH_LIMIT + 10 }, (_, i) => decision(i + 1));
    // One chain of GRAPH_LIMIT - 1 decisions, then pairs.
    for (let i = 1; i < GRAPH_LIMIT - 1; i++) link(decisions[i] as Decision, 'amends', decisions[i - 1] as Decision);
    for (let i = GRAPH_LIMIT - 1; i + 1 < decisions.length; i += 2) link(decisions[i + 1] as Decision, 'relates-to', decisions[i] as Decision);
    const graph = siteGraph(decisions, href);
    expect(graph.drawn).toBe(GRAPH_LIMIT - 1);
    expect(graph.leftOut).toBe(decisions.length - (GRAPH_LIMIT - 1) - 1);
    expect(graph.unlinked).toBe(1);
  });

  it('is the same drawing whatever ids an import gave the decisions', () => {
    const make = (ids: number[]) => {
      const ds = ids.map((n, i) => decision(i + 1, { id: id(n) }));
      for (let i = 1; i < ds.length; i++) link(ds[i] as Decision, i % 2 ? 'supersedes' : 'relates-to', ds[Math.floor(i / 2)] as Decision);
      return ds;
    };
    const byNumber = (decisionId: string, ds: Decision[]) => `decisions/${String(ds.find((d) => d.id === decisionId)?.number)}.html`;
    const one = make([11, 12, 13, 14, 15, 16, 17]);
    const two = make([97, 91, 95, 93, 92, 96, 94]);
    expect(siteGraph(two, (d) => byNumber(d, two)).svg).toBe(siteGraph(one, (d) => byNumber(d, one)).svg);
  });

  it('is the same drawing whatever order the links come in', () => {
    const make = (reverse: boolean) => {
      const ds = [decision(1), decision(2), decision(3)] as [Decision, Decision, Decision];
      link(ds[2], 'depends-on', ds[0]);
      link(ds[1], 'clarifies', ds[0]);
      if (reverse) for (const d of ds) d.links.reverse();
      return ds;
    };
    expect(siteGraph(make(true), href).svg).toBe(siteGraph(make(false), href).svg);
  });
});
