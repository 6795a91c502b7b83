import { formatDecisionNumber, type Decision } from '../domain/decision';
import { statusLabel } from '../domain/decision-status';
import { escapeHtml } from './html-text';

export const FEED_FILE = 'feed.xml';
/** The newest entries a feed carries: feed readers keep what they have seen. */
export const FEED_ENTRIES = 50;

export interface FeedInput {
  title: string;
  /** The site's address ending in '/'. */
  baseUrl: string;
  /** The decisions it carries, from feedDecisions: at least one, as Atom requires a time. */
  entries: readonly [FeedDecision, ...FeedDecision[]];
  pageHref: (id: string) => string;
  /** The decision's text as the site shows it (HTML), the entry's content. */
  html: (decision: Decision) => string;
}

/**
 * When a decision last changed, as far as the data says: the time of its last edit in Cairn once it
 * has one (revision 2 on), else its own date. An import's time is no change to the decision (and
 * would make a site built in CI from the same files differ every run), so a decision never edited
 * and without a date has no time and is left out.
 */
export function feedTime(decision: Decision): string | null {
  if (decision.revision > 1) return new Date(decision.updatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return decision.date === null ? null : `${decision.date}T00:00:00Z`;
}

export interface FeedDecision {
  decision: Decision;
  /** Its feedTime. */
  time: string;
}

/**
 * The decisions a feed carries, newest first (FEED_ENTRIES of them); none when no decision has a
 * time, and then there is no feed: Atom requires one, and none is invented.
 */
export function feedDecisions(sorted: readonly Decision[]): FeedDecision[] {
  return sorted
    .map((decision) => ({ decision, time: feedTime(decision) }))
    .filter((entry): entry is FeedDecision => entry.time !== null)
    .sort((a, b) => (a.time === b.time ? b.decision.number - a.decision.number : a.time < b.time ? 1 : -1))
    .slice(0, FEED_ENTRIES);
}

/**
 * An Atom feed of the entries (feedDecisions). Ids are the pages' addresses: a decision's id is
 * made anew by every import (a CI build from the folder), its page's address is not. Nothing reads
 * a clock.
 */
export function atomFeed({ title, baseUrl, entries: timed, pageHref, html }: FeedInput): string {
  const [newest] = timed;
  const feedUrl = `${baseUrl}${FEED_FILE}`;
  const entries = timed.map(({ decision, time }) => {
    const name = `${formatDecisionNumber(decision.number)}. ${decision.title}`;
    const categories = decision.tags.map((tag) => `<category term="${escapeHtml(tag)}"/>`).join('');
    const authors = decision.decisionMakers.map((person) => `<author><name>${escapeHtml(person)}</name></author>`).join('');
    return `<entry>
<id>${escapeHtml(baseUrl + pageHref(decision.id))}</id>
<title>${escapeHtml(name)}</title>
<updated>${time}</updated>
<link rel="alternate" type="text/html" href="${escapeHtml(baseUrl + pageHref(decision.id))}"/>
${authors}${categories}<summary>${escapeHtml(statusLabel(decision.status))}</summary>
<content type="html" xml:base="${escapeHtml(baseUrl + pageHref(decision.id).replace(/[^/]*$/, ''))}">${escapeHtml(html(decision))}</content>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${escapeHtml(feedUrl)}</id>
<title>${escapeHtml(title)}</title>
<updated>${newest.time}</updated>
<author><name>${escapeHtml(title)}</name></author>
<link rel="alternate" type="text/html" href="${escapeHtml(baseUrl)}index.html"/>
<link rel="self" type="application/atom+xml" href="${escapeHtml(feedUrl)}"/>
${entries.join('\n')}
</feed>
`;
}
