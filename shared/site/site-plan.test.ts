import { describe, expect, it } from 'vitest';
import type { Decision, DecisionLinkView } from '../domain/decision';
import { planSite, type SiteInput } from './site-build';
import { testDecision } from './site-decision.test-support';

const link = (kind: DecisionLinkView['kind'], from: Decision, to: Decision): void => {
  const view = (other: Decision, direction: DecisionLinkView['direction']): DecisionLinkView => ({ kind, direction, otherId: other.id, otherNumber: other.number, otherTitle: other.title, otherStatus: other.status });
  from.links.push(view(to, 'outgoing'));
  to.links.push(view(from, 'incoming'));
};

/** Five decisions: 3 supersedes 1, 4 relates to 2; 5 stands alone. */
function log(change: (decisions: Decision[]) => void = () => {}): Decision[] {
  const decisions = [1, 2, 3, 4, 5].map((n) => testDecision(n, { tags: n % 2 ? ['db'] : ['api'], status: n === 1 ? 'superseded' : 'accepted', decisionMakers: [`Person ${n}`] }));
  change(decisions);
  const [one, two, three, four] = decisions as [Decision, Decision, Decision, Decision];
  link('supersedes', three, one);
  link('relates-to', four, two);
  return decisions;
}

const input = (decisions: Decision[]): SiteInput => ({ title: 'Payments', decisions, baseUrl: 'https://team.github.io/adr/' });

/** Each page's key and bytes. */
function planned(decisions: Decision[]): Map<string, { key: string; html: string }> {
  return new Map(planSite(input(decisions), (text) => text).map((page) => [page.path, { key: page.key(), html: page.render() }]));
}

/** The pages whose key changed, after checking that every page whose key stayed has the same bytes. */
function changedKeys(before: Decision[], after: Decision[]): string[] {
  const old = planned(before);
  const changed: string[] = [];
  for (const [path, page] of planned(after)) {
    const previous = old.get(path);
    if (previous?.key === page.key) expect(page.html, `${path} kept its key but not its bytes`).toBe(previous.html);
    else changed.push(path);
  }
  return changed.sort();
}

const edit = (number: number, changes: Partial<Decision>) => (decisions: Decision[]) => {
  const index = decisions.findIndex((d) => d.number === number);
  decisions[index] = { ...(decisions[index] as Decision), ...changes };
};

describe('the keys of the planned pages', () => {
  it('stay the same for the same decisions imported again under new ids and times', () => {
    const again = log((decisions) => decisions.forEach((d, i) => Object.assign(d, { id: `10000000-0000-4000-8000-00000000000${i}`, workspaceId: '20000000-0000-4000-8000-000000000000', createdAt: '2026-12-02T10:00:00.000Z', updatedAt: '2026-12-02T10:00:00.000Z' })));
    expect(changedKeys(log(), again)).toEqual([]);
  });

  it('change for an edit of the text: its page, the search index and the feed that carries it', () => {
    expect(changedKeys(log(), log(edit(5, { context: 'Written again.', revision: 2, updatedAt: '2026-12-02T10:00:00.000Z' })))).toEqual(['decisions/0005.html', 'feed.xml', 'search/part-1.js']);
  });

  it('change for a new title on every page that shows it, and those only', () => {
    const changed = changedKeys(log(), log(edit(1, { title: 'Renamed' })));
    expect(changed).toEqual(['decisions/0001.html', 'decisions/0003.html', 'feed.xml', 'graph.html', 'index.html', 'search/part-1.js', 'status/superseded.html', 'tags/db.html', 'timeline.html']);
  });

  it('change for a status on the pages of the decisions in its chain', () => {
    const changed = changedKeys(log(), log(edit(3, { status: 'deprecated' })));
    expect(changed).toContain('decisions/0001.html');
    expect(changed).toContain('status/deprecated.html');
    expect(changed).not.toContain('decisions/0005.html');
  });

  it('change for a new decision numbered last without links: its page, the lists and the last part of the search index, not the graph', () => {
    const many = (count: number) => log((decisions) => decisions.push(...Array.from({ length: count - 5 }, (_, i) => testDecision(i + 6, { tags: ['db'], status: 'accepted' }))));
    const changed = changedKeys(many(1001), many(1002));
    expect(changed).toContain('decisions/1002.html');
    expect(changed).toContain('search/part-3.js');
    expect(changed).toContain('index.html');
    expect(changed).not.toContain('graph.html');
    expect(changed).not.toContain('search/part-1.js');
    expect(changed).not.toContain('search/part-2.js');
  });
});
