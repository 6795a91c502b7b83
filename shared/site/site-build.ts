import { dateSourceWords, formatDecisionNumber, type Decision } from '../domain/decision';
import { renderDecisionMarkdown } from '../domain/decision-markdown';
import { statusLabel } from '../domain/decision-status';
import { LINK_LABELS } from '../domain/link-kind';
import { markdownBody } from '../domain/markdown-body';
import { escapeHtml } from './html-text';
import { atomFeed, FEED_FILE, feedDecisions, feedTime } from './site-feed';
import { siteGraph } from './site-graph';
import { pageShell } from './site-page-shell';
import { markdownToSiteHtml } from './site-markdown';
import { decisionPeople, FILTERS_FILE, FILTERS_SCRIPT, SEARCH_PART_SIZE, searchEntry, searchIndexFile, searchIndexScript } from './site-search-index';
import { supersedeChain } from './supersede-chain';

export interface SiteInput {
  /** The site's name: the workspace's. */
  title: string;
  decisions: readonly Decision[];
  /** The address the site is published at, ending in '/' (see siteBaseUrl); null when unknown. */
  baseUrl: string | null;
}

/** One file of the site: its path below the site's folder (always with '/') and its text (HTML, or the feed's XML, or a script). */
export interface SitePage {
  path: string;
  html: string;
}

/**
 * One file of the site before it is made. `key` names everything its bytes depend on, so a page
 * whose key is the one of the last run need not be rendered again (the writer keeps the keys'
 * digests); `render` makes the bytes. Both are functions: a run that finds a page unchanged pays
 * for neither its Markdown nor its text.
 */
export interface PlannedPage {
  path: string;
  key: () => string;
  render: () => string;
}

/** A short digest of a text (the core's SHA-256): keys hold digests of decisions, not their text. */
export type Fingerprint = (text: string) => string;

/**
 * The version of what the generator writes for the same data, part of every key: change it with any
 * change to the pages' markup, styles or scripts, so a site published before is written anew.
 */
export const SITE_FORMAT = 'cairn-site 2';

/** Every decision page sits in this folder, so a link between records is just the other page's name (see linkTarget). */
const DECISIONS = 'decisions';

/**
 * The static site of a decision log: an index with filters and search (a script and a prebuilt
 * index; the table works without them), one page per decision (its text rendered and made safe,
 * its metadata, its links both ways and its supersede chain), a page per status and per tag, a
 * timeline, a graph of the links and, given the address it is served from, an Atom feed. The same decisions give the same files, byte
 * for byte, in the same order: nothing here reads a clock or depends on the order decisions come in.
 */
export function buildSite(input: SiteInput): SitePage[] {
  return planSite(input, (text) => text).map((page) => ({ path: page.path, html: page.render() }));
}

/**
 * The pages of buildSite, each with its key and rendered only when asked. A page's key holds what
 * it shows of each decision (a decision page: the digest of the whole decision, the names of the
 * pages it links to and its supersede chain; a list: the rows it shows), so one changed decision
 * changes the keys of its page, of the pages that link to it or list it, and of no other.
 */
export function planSite({ title, decisions, baseUrl }: SiteInput, fingerprint: Fingerprint): PlannedPage[] {
  // Two records of one number (a merge of two branches) by title before id: an import makes new ids.
  const sorted = [...decisions].sort((a, b) => a.number - b.number || (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id.localeCompare(b.id)));
  const byId = new Map(sorted.map((d) => [d.id, d]));
  const pageNames = decisionPageNames(sorted);
  // A decision whose file states no status has no status page: there is nothing to gather it under.
  const statuses = groupBy(sorted, (d) => (d.status === null ? [] : [d.status]));
  const tags = groupBy(sorted, (d) => d.tags);
  const statusPages = viewPageNames([...statuses.keys()]);
  const tagPages = viewPageNames([...tags.keys()]);
  const markdown = memoized((d: Decision) => markdownBody(renderDecisionMarkdown(d.number, d.template, d)));
  const html = memoized((d: Decision) => {
    const text = markdown(d);
    return text ? markdownToSiteHtml(text) : '';
  });
  const pageHref = (id: string) => `${DECISIONS}/${pageNames.get(id) as string}`;
  // A feed is read from its address, so there is none without one (readers could not subscribe to a file).
  const feedEntries = baseUrl === null ? [] : feedDecisions(sorted);
  const site: SiteParts = { title, baseUrl, feed: feedEntries.length > 0, byId, pageNames, statusPages, tagPages, html };

  const decisionKey = memoized((d: Decision) => fingerprint(JSON.stringify(shownOf(d, pageNames))));
  const shellKey = [SITE_FORMAT, title, baseUrl, site.feed];
  const views = [[...statusPages], [...tagPages]];
  // A row's digest, worked out once: the index, the timeline and every view of a decision list it.
  const row = memoized((d: Decision) => fingerprint(JSON.stringify([pageNames.get(d.id), d.number, d.title, d.status, d.date, d.dateSource, d.tags])));
  const key = (...parts: unknown[]) => () => JSON.stringify([...shellKey, ...parts]);

  const pages: PlannedPage[] = [
    { path: 'index.html', key: key(views, sorted.map(row), sorted.map(decisionPeople)), render: () => indexPage(site, sorted, statuses, tags) },
    ...searchParts(sorted).map((part, index) => ({
      path: searchIndexFile(index + 1),
      key: key(part.map(decisionKey)),
      render: () => searchIndexScript(part.map((d) => searchEntry(d, markdown(d)))),
    })),
    { path: FILTERS_FILE, key: key(), render: () => FILTERS_SCRIPT },
    { path: 'timeline.html', key: key(views, sorted.map(row)), render: () => timelinePage(site, sorted) },
    // Not the number of decisions: a new one without links leaves the drawing as it was, and laying it out is the costly part.
    { path: 'graph.html', key: key(graphInputs(sorted, pageNames), sorted.some((d) => d.links.length === 0)), render: () => graphPage(site, sorted, pageHref) },
  ];
  const [newest, ...older] = feedEntries;
  if (newest && baseUrl !== null) {
    pages.push({
      path: FEED_FILE,
      key: key(feedEntries.map(({ decision, time }) => [decisionKey(decision), pageHref(decision.id), time])),
      render: () => atomFeed({ title, baseUrl, entries: [newest, ...older], pageHref, html }),
    });
  }
  for (const decision of sorted) {
    pages.push({ path: pageHref(decision.id), key: key(decisionKey(decision), decisionPageInputs(site, decision)), render: () => decisionPage(site, decision) });
  }
  for (const [status, members] of statuses) {
    const path = `status/${statusPages.get(status) as string}`;
    pages.push({ path, key: key(path, views, members.map(row)), render: () => viewPage(site, path, `Status: ${statusLabel(status)}`, members) });
  }
  for (const [tag, members] of tags) {
    const path = `tags/${tagPages.get(tag) as string}`;
    pages.push({ path, key: key(path, views, members.map(row)), render: () => viewPage(site, path, `Tag: ${tag}`, members) });
  }
  return pages;
}

/** The decisions in the search index's parts, in the table's order. */
function searchParts(sorted: readonly Decision[]): Decision[][] {
  const parts: Decision[][] = [];
  for (let at = 0; at < sorted.length; at += SEARCH_PART_SIZE) parts.push(sorted.slice(at, at + SEARCH_PART_SIZE));
  return parts;
}

/** What a decision's page shows of others: the names of the pages its links lead to, and its supersede chain. */
function decisionPageInputs(site: SiteParts, decision: Decision): unknown[] {
  const chain = supersedeChain(decision, site.byId);
  return [
    decision.links.map((link) => site.pageNames.get(link.otherId) ?? null),
    chain.decisions.map((d) => [site.pageNames.get(d.id), d.number, d.title, d.status]),
    chain.continuesBefore,
    chain.continuesAfter,
  ];
}

/**
 * A decision as far as any page can show it: ids (made anew by every import) as the names of their
 * pages, and its times as the feed's, so a site built twice from one folder keeps the same keys.
 */
function shownOf(d: Decision, pageNames: ReadonlyMap<string, string>): unknown {
  const links = d.links.map((link) => ({ ...link, otherId: pageNames.get(link.otherId) ?? null }));
  return { ...d, id: pageNames.get(d.id), workspaceId: null, createdAt: null, updatedAt: feedTime(d), revision: null, links };
}

/** What the graph is drawn from: each decision's links, and the box of each that has any. */
function graphInputs(sorted: readonly Decision[], pageNames: ReadonlyMap<string, string>): unknown[] {
  return sorted
    .filter((d) => d.links.length > 0)
    .map((d) => [pageNames.get(d.id), d.number, d.title, d.status, d.tags, d.links.map((link) => [link.kind, link.direction, pageNames.get(link.otherId) ?? null])]);
}

/** A function of a decision worked out once per decision, when first asked for. */
function memoized<T>(fn: (decision: Decision) => T): (decision: Decision) => T {
  const done = new Map<string, T>();
  return (decision) => {
    let value = done.get(decision.id);
    if (value === undefined) {
      value = fn(decision);
      done.set(decision.id, value);
    }
    return value;
  };
}

/**
 * The address a site is published at as its pages use it: an http(s) URL ending in '/', so a page's
 * path appended to it is the page's address (GitHub or GitLab Pages under a sub-path included).
 */
export function siteBaseUrl(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

interface SiteParts {
  title: string;
  baseUrl: string | null;
  feed: boolean;
  byId: ReadonlyMap<string, Decision>;
  /** Page file name per decision id, inside the decisions folder. */
  pageNames: ReadonlyMap<string, string>;
  statusPages: ReadonlyMap<string, string>;
  tagPages: ReadonlyMap<string, string>;
  /** Each decision's text as HTML, made safe; '' when nothing has been written. */
  html: (decision: Decision) => string;
}

function shell(site: SiteParts, path: string, title: string, body: string, options: { scripts?: readonly string[]; wide?: boolean } = {}): string {
  return pageShell({ title, siteTitle: site.title, path, baseUrl: site.baseUrl, feed: site.feed, ...options, body });
}

/**
 * `0007.html`, the name links between records lead to. A number held by more than one decision
 * (a merge of two branches) gives the first, by title, that name and the others `0007-2.html` on.
 */
function decisionPageNames(sorted: readonly Decision[]): Map<string, string> {
  const names = new Map<string, string>();
  const seen = new Map<number, number>();
  for (const decision of sorted) {
    const count = (seen.get(decision.number) ?? 0) + 1;
    seen.set(decision.number, count);
    names.set(decision.id, `${formatDecisionNumber(decision.number)}${count === 1 ? '' : `-${count}`}.html`);
  }
  return names;
}

/**
 * A file name for each status or tag: lower case letters, digits and dashes (a tag may hold any
 * character but spaces and commas), made unique with a counter where two come out the same.
 */
function viewPageNames(values: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const value of [...values].sort()) {
    const base = value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'view';
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    names.set(value, `${name}.html`);
  }
  return names;
}

/** Decisions under each key they have, keys sorted, each list in the decisions' order. */
function groupBy(sorted: readonly Decision[], keys: (d: Decision) => readonly string[]): Map<string, Decision[]> {
  const groups = new Map<string, Decision[]>();
  for (const decision of sorted) {
    for (const key of new Set(keys(decision))) {
      const group = groups.get(key);
      if (group) group.push(decision);
      else groups.set(key, [decision]);
    }
  }
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function decisionName(decision: Pick<Decision, 'number' | 'title'>): string {
  return `${formatDecisionNumber(decision.number)}. ${decision.title}`;
}

function statusChip(site: SiteParts, status: string | null, root: string): string {
  if (status === null) return `<span class="status muted">${escapeHtml(statusLabel(status))}</span>`;
  return `<a class="status" href="${root}status/${site.statusPages.get(status) as string}">${escapeHtml(statusLabel(status))}</a>`;
}

function tagChips(site: SiteParts, tags: readonly string[], root: string): string {
  return tags.map((tag) => `<a class="tag" href="${root}tags/${escapeHtml(site.tagPages.get(tag) as string)}">${escapeHtml(tag)}</a>`).join('');
}

/** The table of decisions the index and the views show, with links from `root`. */
function decisionTable(site: SiteParts, decisions: readonly Decision[], root: string, id?: string): string {
  if (decisions.length === 0) return '<p class="muted">No decisions have been published yet.</p>';
  const rows = decisions.map(
    (d) =>
      `<tr><td class="number">${formatDecisionNumber(d.number)}</td><td><a href="${root}${DECISIONS}/${site.pageNames.get(d.id) as string}">${escapeHtml(d.title)}</a></td><td>${statusChip(site, d.status, root)}</td><td class="number">${dateText(d)}</td><td class="optional">${tagChips(site, d.tags, root)}</td></tr>`,
  );
  return `<table${id ? ` id="${id}"` : ''}>
<thead><tr><th scope="col">No.</th><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Date</th><th scope="col" class="optional">Tags</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function indexPage(site: SiteParts, sorted: readonly Decision[], statuses: Map<string, Decision[]>, tags: Map<string, Decision[]>): string {
  const count = `${sorted.length} decision${sorted.length === 1 ? '' : 's'}`;
  const view = (folder: string, names: ReadonlyMap<string, string>, groups: Map<string, Decision[]>, label: (key: string) => string) =>
    [...groups].map(([key, members]) => `<li><a href="${folder}/${escapeHtml(names.get(key) as string)}">${escapeHtml(label(key))}</a> <span class="muted">(${members.length})</span></li>`).join('');
  const views = [
    statuses.size ? `<h2>By status</h2><ul>${view('status', site.statusPages, statuses, statusLabel)}</ul>` : '',
    tags.size ? `<h2>By tag</h2><ul>${view('tags', site.tagPages, tags, (tag) => tag)}</ul>` : '',
  ].join('');
  const body = `<h1>${escapeHtml(site.title)}</h1>
<p class="muted">${count}</p>
${sorted.length ? filtersForm(sorted, statuses, tags) : ''}${views ? `<nav class="views" aria-label="Views">${views}</nav>\n` : ''}<h2>All decisions</h2>
${decisionTable(site, sorted, '', 'decisions')}`;
  return shell(site, 'index.html', site.title, body, { scripts: sorted.length ? [...searchParts(sorted).map((_, index) => searchIndexFile(index + 1)), FILTERS_FILE] : [] });
}

/** The filters over the index's table: hidden until the filters script shows them, as they need it. */
function filtersForm(sorted: readonly Decision[], statuses: Map<string, Decision[]>, tags: Map<string, Decision[]>): string {
  const people = [...new Set(sorted.flatMap(decisionPeople))].sort();
  const choice = (name: string, label: string, all: string, values: readonly string[], text: (value: string) => string) =>
    `<label>${label}<select name="${name}"><option value="">${all}</option>${values.map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(text(value))}</option>`).join('')}</select></label>`;
  return `<form class="filters" id="filters" role="search" aria-label="Filter the decisions" hidden>
<label class="search">Search<input type="search" name="q" autocomplete="off" placeholder="Words in the title, text, tags or people"></label>
${choice('status', 'Status', 'Any status', [...statuses.keys()], statusLabel)}
${choice('tag', 'Tag', 'Any tag', [...tags.keys()], (tag) => tag)}
${choice('person', 'Person', 'Anyone', people, (person) => person)}
<label>From date<input type="date" name="from"></label>
<label>To date<input type="date" name="to"></label>
<p id="filter-count" class="search muted" role="status"></p>
</form>
`;
}

function viewPage(site: SiteParts, path: string, heading: string, members: readonly Decision[]): string {
  const body = `<h1>${escapeHtml(heading)}</h1>
<p class="muted">${members.length} decision${members.length === 1 ? '' : 's'} · <a href="../index.html">All decisions</a></p>
${decisionTable(site, members, '../')}`;
  return shell(site, path, heading, body);
}

/** The decisions by date, newest first, a year to a heading; those without a date after them. */
function timelinePage(site: SiteParts, sorted: readonly Decision[]): string {
  const dated = sorted.filter((d) => d.date !== null).sort((a, b) => ((a.date as string) === b.date ? b.number - a.number : (a.date as string) < (b.date as string) ? 1 : -1));
  const item = (d: Decision) =>
    `<li><span class="number">${d.date === null ? 'No date' : `<time datetime="${d.date}">${d.date}</time>`}</span><span><a href="${DECISIONS}/${site.pageNames.get(d.id) as string}">${escapeHtml(decisionName(d))}</a> ${statusChip(site, d.status, '')}</span></li>`;
  const years = new Map<string, Decision[]>();
  for (const d of dated) {
    const year = (d.date as string).slice(0, 4);
    const members = years.get(year);
    if (members) members.push(d);
    else years.set(year, [d]);
  }
  const sections = [...years].map(([year, members]) => `<section aria-labelledby="y${year}"><h2 id="y${year}">${year}</h2><ol class="timeline">${members.map(item).join('')}</ol></section>`);
  const undated = sorted.filter((d) => d.date === null);
  if (undated.length) sections.push(`<section aria-labelledby="undated"><h2 id="undated">No date</h2><ol class="timeline">${undated.map(item).join('')}</ol></section>`);
  const body = `<h1>Timeline</h1>
<p class="muted">${dated.length} dated decision${dated.length === 1 ? '' : 's'}, newest first.</p>
${sections.join('\n') || '<p class="muted">No decisions have been published yet.</p>'}`;
  return shell(site, 'timeline.html', 'Timeline', body);
}

function graphPage(site: SiteParts, sorted: readonly Decision[], pageHref: (id: string) => string): string {
  const graph = siteGraph(sorted, pageHref);
  const notes = [`${graph.drawn} decision${graph.drawn === 1 ? '' : 's'} with links drawn; each box opens the decision.`];
  if (graph.unlinked) notes.push('Decisions without links are not drawn; the index lists them all.');
  if (graph.leftOut) notes.push(`${graph.leftOut} in smaller groups ${graph.leftOut === 1 ? 'is' : 'are'} left out to keep the drawing readable; their pages list their links.`);
  const body = `<h1>Graph</h1>
<p class="muted">${notes.join(' ')}</p>
${graph.svg ? `<div class="graph" tabindex="0" role="region" aria-label="Graph of the links">${graph.svg}</div>` : '<p>No decision links to another yet.</p>'}`;
  return shell(site, 'graph.html', 'Graph', body, { wide: true });
}

/** A link to another decision's page from a decision page (they share a folder), or its name alone when it is not published. */
function decisionLink(site: SiteParts, id: string, name: string): string {
  const page = site.pageNames.get(id);
  return page ? `<a href="${page}">${escapeHtml(name)}</a>` : escapeHtml(name);
}

function decisionPage(site: SiteParts, decision: Decision): string {
  const meta: [string, string][] = [
    ['Status', statusChip(site, decision.status, '../')],
    ['Date', dateText(decision)],
  ];
  if (decision.reviewBy) meta.push(['Review by', decision.reviewBy]);
  const people: [string, readonly string[]][] = [
    ['Decision-makers', decision.decisionMakers],
    ['Consulted', decision.consulted],
    ['Informed', decision.informed],
  ];
  for (const [label, names] of people) if (names.length) meta.push([label, escapeHtml(names.join(', '))]);
  if (decision.tags.length) meta.push(['Tags', tagChips(site, decision.tags, '../')]);

  const sections: string[] = [`<h1>${escapeHtml(decisionName(decision))}</h1>`];
  sections.push(`<dl class="meta">${meta.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`);

  const chain = supersedeChain(decision, site.byId);
  if (chain.decisions.length > 1) {
    const goesOn = '<li class="muted">The chain goes on from the page of the next decision shown.</li>';
    const items = chain.decisions.map((d) =>
      d.id === decision.id ? `<li aria-current="page">${escapeHtml(decisionName(d))}</li>` : `<li>${decisionLink(site, d.id, decisionName(d))} <span class="muted">(${escapeHtml(statusLabel(d.status))})</span></li>`,
    );
    if (chain.continuesBefore) items.unshift(goesOn);
    if (chain.continuesAfter) items.push(goesOn);
    sections.push(`<section aria-labelledby="chain"><h2 id="chain">Supersede chain</h2><ol class="chain">${items.join('')}</ol></section>`);
  }
  if (decision.links.length) {
    const items = decision.links.map(
      (link) => `<li>${LINK_LABELS[link.kind][link.direction]} ${decisionLink(site, link.otherId, decisionName({ number: link.otherNumber, title: link.otherTitle }))}</li>`,
    );
    sections.push(`<section aria-labelledby="links"><h2 id="links">Links</h2><ul>${items.join('')}</ul></section>`);
  }
  const text = site.html(decision);
  sections.push(text ? `<div class="markdown">${text}</div>` : '<p class="muted">Nothing has been written in this decision yet.</p>');
  sections.push('<p><a href="../index.html">All decisions</a></p>');
  const path = `${DECISIONS}/${site.pageNames.get(decision.id) as string}`;
  return shell(site, path, decisionName(decision), sections.join('\n'));
}

/** A decision's date as the site shows it: unknown as "No date", one the file does not state with where it came from. */
function dateText(decision: Decision): string {
  if (decision.date === null) return 'No date';
  const source = dateSourceWords(decision.dateSource);
  return source ? `${decision.date} (${source})` : decision.date;
}
