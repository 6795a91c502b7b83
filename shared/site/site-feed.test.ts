import { describe, expect, it } from 'vitest';
import type { Decision } from '../domain/decision';
import { testDecision } from './site-decision.test-support';
import { atomFeed, FEED_ENTRIES, feedDecisions, feedTime } from './site-feed';

const decision = (number: number, changes: Partial<Decision> = {}): Decision => testDecision(number, changes, '2026-12-01T09:00:00.000Z');

const feedOf = (decisions: Decision[]) => {
  const [first, ...rest] = feedDecisions(decisions);
  if (!first) return null;
  return atomFeed({ title: 'Payments & co', baseUrl: 'https://team.github.io/adr/', entries: [first, ...rest], pageHref: (d) => `decisions/${d.slice(-4)}.html`, html: (d) => `<p>${d.title}</p>` });
};

describe('the Atom feed', () => {
  it('dates a decision by its last edit in Cairn, else by its own date, and never by its import', () => {
    expect(feedTime(decision(1, { date: '2024-05-06' }))).toBe('2024-05-06T00:00:00Z');
    expect(feedTime(decision(1, { revision: 3, updatedAt: '2026-11-30T10:11:12.345Z' }))).toBe('2026-11-30T10:11:12Z');
    expect(feedTime(decision(1, { date: null }))).toBeNull();
  });

  it('lists the newest first under the site’s address, its text escaped as the content', () => {
    const feed = feedOf([decision(1, { date: '2024-01-01' }), decision(2, { date: '2025-02-02', tags: ['db'], decisionMakers: ['Ada <ada@example.org>'] }), decision(3, { date: null })]) as string;
    expect(feed).toContain('<id>https://team.github.io/adr/feed.xml</id>\n<title>Payments &amp; co</title>\n<updated>2025-02-02T00:00:00Z</updated>');
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('<id>https://team.github.io/adr/decisions/0002.html</id>');
    expect(entries[0]).toContain('<author><name>Ada &lt;ada@example.org&gt;</name></author><category term="db"/>');
    expect(entries[0]).toContain('<content type="html" xml:base="https://team.github.io/adr/decisions/">&lt;p&gt;Decision 2&lt;/p&gt;</content>');
    expect(entries[1]).toContain('<title>0001. Decision 1</title>');
  });

  it('carries the newest entries only, and is absent when no decision has a time', () => {
    const many = Array.from({ length: FEED_ENTRIES + 5 }, (_, i) => decision(i + 1, { date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    expect((feedOf(many) as string).match(/<entry>/g)).toHaveLength(FEED_ENTRIES);
    expect(feedOf([decision(1, { date: null })])).toBeNull();
  });
});
