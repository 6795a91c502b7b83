import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Decision, DecisionLinkView } from '../domain/decision';
import { buildSite, type SitePage } from './site-build';
import { testDecision } from './site-decision.test-support';
import { unsafeMarkup } from './site-markup.test-support';

const WORKSPACE = '00000000-0000-4000-8000-000000000000';
const id = (n: number, copy = 0) => `00000000-0000-4000-8000-${String(n * 10 + copy).padStart(12, '0')}`;

const decision = (number: number, changes: Partial<Decision> = {}): Decision => testDecision(number, { id: id(number), workspaceId: WORKSPACE, ...changes });

function supersedes(from: Decision, to: Decision): void {
  const view = (other: Decision, direction: DecisionLinkView['direction']): DecisionLinkView => ({
    kind: 'supersedes',
    direction,
    otherId: other.id,
    otherNumber: other.number,
    otherTitle: other.title,
    otherStatus: other.status,
  });
  from.links.push(view(to, 'outgoing'));
  to.links.push(view(from, 'incoming'));
}

const page = (pages: SitePage[], path: string): string => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no page ${path} among ${pages.map((p) => p.path).join(', ')}`);
  return found.html;
};

describe('buildSite', () => {
  it('writes an index, a page per decision and a page per status and tag', () => {
    const pages = buildSite({
      baseUrl: null,
      title: 'Payments',
      decisions: [decision(1, { tags: ['db'], status: 'accepted' }), decision(2, { tags: ['db', 'api'] })],
    });
    expect(pages.map((p) => p.path)).toEqual([
      'index.html',
      'search/part-1.js',
      'filters.js',
      'timeline.html',
      'graph.html',
      'decisions/0001.html',
      'decisions/0002.html',
      'status/accepted.html',
      'status/proposed.html',
      'tags/api.html',
      'tags/db.html',
    ]);
    const index = page(pages, 'index.html');
    expect(index).toContain('<a href="decisions/0001.html">Decision 1</a>');
    expect(index).toContain('<a href="tags/db.html">db</a> <span class="muted">(2)</span>');
    expect(page(pages, 'tags/db.html')).toContain('<a href="../decisions/0002.html">Decision 2</a>');
    expect(page(pages, 'status/accepted.html')).not.toContain('Decision 2');
  });

  it('gives the same bytes for the same decisions, whatever order they come in', () => {
    const make = () => {
      const [a, b, c] = [decision(1), decision(2, { tags: ['x'] }), decision(3, { reviewBy: '2025-01-01' })] as [Decision, Decision, Decision];
      supersedes(c, a);
      return [a, b, c];
    };
    const once = buildSite({ baseUrl: null, title: 'Log', decisions: make() });
    expect(buildSite({ baseUrl: null, title: 'Log', decisions: make().reverse() })).toEqual(once);
  });

  it('shows links both ways and the whole supersede chain on each page of it', () => {
    const [first, second, third] = [decision(1, { status: 'superseded' }), decision(2, { status: 'superseded' }), decision(3, { status: 'accepted' })] as [Decision, Decision, Decision];
    supersedes(second, first);
    supersedes(third, second);
    const pages = buildSite({ baseUrl: null, title: 'Log', decisions: [first, second, third] });
    const middle = page(pages, 'decisions/0002.html');
    expect(middle).toContain('<ol class="chain"><li><a href="0001.html">0001. Decision 1</a> <span class="muted">(Superseded)</span></li><li aria-current="page">0002. Decision 2</li><li><a href="0003.html">0003. Decision 3</a> <span class="muted">(Accepted)</span></li></ol>');
    expect(middle).toContain('<li>Supersedes <a href="0001.html">0001. Decision 1</a></li>');
    expect(middle).toContain('<li>Superseded by <a href="0003.html">0003. Decision 3</a></li>');
    expect(page(pages, 'decisions/0001.html')).toContain('<li aria-current="page">0001. Decision 1</li><li><a href="0002.html">');
    expect(page(pages, 'decisions/0001.html')).not.toContain('Supersede chain</h2><ol class="chain"><li aria-current="page">0001. Decision 1</li></ol>');
  });

  it('ends a chain that runs in a circle', () => {
    const [a, b] = [decision(1), decision(2)] as [Decision, Decision];
    supersedes(a, b);
    supersedes(b, a);
    const html = page(buildSite({ baseUrl: null, title: 'Log', decisions: [a, b] }), 'decisions/0001.html');
    expect(html.match(/<li aria-current="page">/g)).toHaveLength(1);
  });

  it('names a link to a decision that is not published without making it a link', () => {
    const lone = decision(4);
    lone.links.push({ kind: 'relates-to', direction: 'outgoing', otherId: id(9), otherNumber: 9, otherTitle: 'Gone', otherStatus: 'accepted' });
    expect(page(buildSite({ baseUrl: null, title: 'Log', decisions: [lone] }), 'decisions/0004.html')).toContain('<li>Relates to 0009. Gone</li>');
  });

  it('gives each decision of a shared number its own page', () => {
    const pages = buildSite({ baseUrl: null, title: 'Log', decisions: [decision(7, { id: id(7, 2) }), decision(7, { id: id(7, 1) })] });
    expect(pages.filter((p) => p.path.startsWith('decisions/')).map((p) => p.path)).toEqual(['decisions/0007.html', 'decisions/0007-2.html']);
  });

  it('gives tags that differ only in characters a file name cannot hold pages of their own', () => {
    const pages = buildSite({ baseUrl: null, title: 'Log', decisions: [decision(1, { tags: ['C++', 'c#', '../etc'] })] });
    expect(pages.filter((p) => p.path.startsWith('tags/')).map((p) => p.path)).toEqual(['tags/etc.html', 'tags/c.html', 'tags/c-2.html']);
    expect(page(pages, 'tags/c-2.html')).toContain('<h1>Tag: c#</h1>');
  });

  it('escapes what a record says wherever it shows it, and carries no script', () => {
    const evil = '<script>alert(1)</script>"\'&';
    const hostile = decision(1, {
      title: evil,
      tags: ['<img/onerror=alert(1)>'],
      decisionMakers: [evil],
      context: `<script>alert(1)</script>\n\n[x](javascript:alert(1))`,
      options: [{ name: evil, description: '<iframe src=x>', pros: [evil], cons: [] }],
      extraSections: [{ heading: '<b onclick=1>Notes</b>', body: '<img src=x onerror=alert(1)>' }],
    });
    const pages = buildSite({ baseUrl: 'https://example.org/log/', title: `Team ${evil}`, decisions: [hostile] });
    for (const { path, html } of pages.filter((p) => p.path.endsWith('.html'))) {
      expect(unsafeMarkup(html), path).toEqual([]);
      // The index's own two script files are the only scripts, and no other page may load any.
      const outside = html.replace('<script src="search/part-1.js" defer></script>\n<script src="filters.js" defer></script>\n', '');
      expect(outside, path).not.toMatch(/<(script|iframe|img)\b|\sonerror=|href="javascript/i);
      expect(html, path).toContain("default-src 'none'");
    }
    expect(page(pages, 'feed.xml')).not.toMatch(/<(script|iframe|img)\b/i);
    expect(page(pages, 'decisions/0001.html')).toContain('<h1>0001. &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;</h1>');
  });

  it('says so on an empty log and on a decision with nothing written yet', () => {
    expect(page(buildSite({ baseUrl: null, title: 'Log', decisions: [] }), 'index.html')).toContain('No decisions have been published yet.');
    expect(page(buildSite({ baseUrl: null, title: 'Log', decisions: [decision(1)] }), 'decisions/0001.html')).toContain('Nothing has been written in this decision yet.');
  });
});

describe('the index, the timeline and the graph', () => {
  it('gives the index filters for the statuses, tags and people present, hidden until its script shows them, and loads only the site’s own scripts', () => {
    const pages = buildSite({ baseUrl: null, title: 'Log', decisions: [decision(1, { tags: ['db'], decisionMakers: ['Ada'] }), decision(2, { status: 'accepted', consulted: ['Grace'] })] });
    const index = page(pages, 'index.html');
    expect(index).toContain('<form class="filters" id="filters" role="search" aria-label="Filter the decisions" hidden>');
    expect(index).toContain('<select name="status"><option value="">Any status</option><option value="accepted">Accepted</option><option value="proposed">Proposed</option></select>');
    expect(index).toContain('<select name="person"><option value="">Anyone</option><option value="Ada">Ada</option><option value="Grace">Grace</option></select>');
    expect(index).toContain("script-src 'self'");
    expect(index).toContain('<script src="search/part-1.js" defer></script>\n<script src="filters.js" defer></script>');
    expect(index).toContain('<table id="decisions">');
    for (const path of ['decisions/0001.html', 'timeline.html', 'graph.html', 'tags/db.html']) expect(page(pages, path), path).not.toMatch(/<script|script-src/);
  });

  it('lists the decisions by year, newest first, and those without a date after them', () => {
    const pages = buildSite({ baseUrl: null, title: 'Log', decisions: [decision(1, { date: '2023-04-05' }), decision(2, { date: null }), decision(3, { date: '2024-01-02' }), decision(4, { date: '2024-06-07' })] });
    const timeline = page(pages, 'timeline.html');
    expect([...timeline.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(['2024', '2023', 'No date']);
    expect(timeline.indexOf('0004. Decision 4')).toBeLessThan(timeline.indexOf('0003. Decision 3'));
    expect(timeline).toContain('<time datetime="2023-04-05">2023-04-05</time>');
  });

  it('gives each page a canonical link under the base URL, and none without one', () => {
    const withUrl = buildSite({ baseUrl: 'https://acme.github.io/log/', title: 'Log', decisions: [decision(1)] });
    expect(page(withUrl, 'decisions/0001.html')).toContain('<link rel="canonical" href="https://acme.github.io/log/decisions/0001.html">');
    expect(page(withUrl, 'index.html')).toContain('<link rel="alternate" type="application/atom+xml" title="Log" href="feed.xml">');
    const without = buildSite({ baseUrl: null, title: 'Log', decisions: [decision(1)] });
    expect(page(without, 'decisions/0001.html')).not.toContain('rel="canonical"');
    expect(without.map((p) => p.path)).not.toContain('feed.xml');
  });
});

describe('the search index in parts', () => {
  it('loads, part after part in the order the index lists them, one entry per row of its table', () => {
    const pages = buildSite({ baseUrl: null, title: 'Log', decisions: Array.from({ length: 1203 }, (_, i) => decision(1203 - i)) });
    const index = page(pages, 'index.html');
    const parts = [...index.matchAll(/<script src="(search\/part-\d+\.js)" defer>/g)].map((m) => m[1] as string);
    expect(parts).toEqual(['search/part-1.js', 'search/part-2.js', 'search/part-3.js']);
    const window: { CAIRN_SITE_INDEX?: { words: string }[] } = {};
    // The parts as the browser runs them: each script in turn, against one global object.
    for (const part of parts) runInNewContext(page(pages, part), { window });
    const entries = window.CAIRN_SITE_INDEX ?? [];
    expect(entries).toHaveLength(1203);
    expect(entries.map((e) => e.words.split(' ')[1])).toEqual(Array.from({ length: 1203 }, (_, i) => String(i + 1)));
    expect(index.match(/<tr>/g)?.length ?? 0).toBeGreaterThanOrEqual(1203);
  });
});

describe('a long supersede chain', () => {
  it('reaches ten decisions each way on a page and says where it goes on', () => {
    const line = Array.from({ length: 30 }, (_, i) => decision(i + 1));
    for (let i = 1; i < line.length; i++) supersedes(line[i] as Decision, line[i - 1] as Decision);
    const html = page(buildSite({ baseUrl: null, title: 'Log', decisions: line }), 'decisions/0015.html');
    const chain = /<ol class="chain">(.*?)<\/ol>/.exec(html)?.[1] ?? '';
    expect(chain.match(/<li/g)).toHaveLength(21 + 2);
    expect(chain).toMatch(/^<li class="muted">The chain goes on from the page of the next decision shown\.<\/li><li><a href="0005\.html">/);
    expect(chain).toMatch(/<a href="0025\.html">0025\. Decision 25<\/a> <span class="muted">\(Proposed\)<\/span><\/li><li class="muted">The chain goes on/);
  });
});
