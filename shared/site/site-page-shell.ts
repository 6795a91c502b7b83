import { escapeHtml } from './html-text';

/**
 * Nothing loads from elsewhere and no script runs on a decision page: the policy allows the page's
 * own style element and links, nothing else. Styles may be inline because no decision text can
 * carry a style (the allow-list drops style elements and attributes, ADR 0017); one stylesheet per
 * page keeps the site working from file://, where a separate sheet's origin is not the page's.
 */
export const SITE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * The index's policy: the same, and the site's own script files (the search index and the filters,
 * 'self' matches them from file:// as well as from a web host). No inline script, so text that
 * got past the allow-list still could not run.
 */
export const SITE_CSP_WITH_SCRIPTS = SITE_CSP.replace("default-src 'none';", "default-src 'none'; script-src 'self';");

/** Readable on a phone, printable, light or dark as the reader's system is. */
const SITE_CSS = `
:root { color-scheme: light dark; --fg: #1d2327; --muted: #5b646b; --bg: #fff; --line: #d5dadd; --link: #0b5cad; --chip: #eef1f3;
  --s-proposed: #fff3d1; --s-accepted: #dcf1e2; --s-rejected: #fbe1de; --s-old: #e9ebec; --s-other: #e3ecfb; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9eb; --muted: #a4adb3; --bg: #16191b; --line: #394045; --link: #7db7f0; --chip: #262b2e;
  --s-proposed: #4a3d12; --s-accepted: #1d3d28; --s-rejected: #4d2420; --s-old: #30353a; --s-other: #23324a; } }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 16px/1.55 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
header.site, main, footer.site { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
main.wide { max-width: none; }
header.site { padding-block: 1rem; border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline; }
header.site > a { font-weight: 600; text-decoration: none; }
header.site nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
header.site nav [aria-current] { font-weight: 600; color: var(--fg); }
a { color: var(--link); }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 1.5rem 0 0.75rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.number { font-variant-numeric: tabular-nums; white-space: nowrap; }
.status, .tag { display: inline-block; white-space: nowrap; padding: 0 0.45rem; border-radius: 0.6rem; background: var(--chip); font-size: 0.85rem; }
.tag { margin-right: 0.25rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
nav.views { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; align-items: baseline; }
nav.views h2 { font-size: 1rem; margin: 0; color: var(--muted); font-weight: 600; }
nav.views ul { display: flex; flex-wrap: wrap; gap: 0.1rem 1rem; list-style: none; padding: 0; margin: 0; }
form.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.5rem 1rem; margin: 1rem 0; padding: 0.75rem; border: 1px solid var(--line); border-radius: 0.5rem; }
form.filters label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); gap: 0.15rem; }
form.filters .search { grid-column: 1 / -1; }
form.filters p { margin: 0; }
form.filters input, form.filters select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 0.3rem; padding: 0.3rem 0.4rem; min-width: 0; }
ol.chain { padding-left: 1.2rem; }
ol.chain [aria-current] { font-weight: 600; }
ol.timeline { list-style: none; padding: 0; }
ol.timeline li { display: grid; grid-template-columns: 7rem 1fr; gap: 0 1rem; padding: 0.3rem 0; border-bottom: 1px solid var(--line); }
.graph { overflow: auto; border: 1px solid var(--line); border-radius: 0.5rem; max-height: 80vh; }
.graph svg { display: block; color: var(--muted); font-family: system-ui, sans-serif; }
.graph .node rect { stroke: var(--muted); fill: var(--s-other); }
.graph .node text { fill: var(--fg); }
.graph .node:focus rect, .graph .node:hover rect { stroke: var(--link); stroke-width: 3; }
.graph .s-proposed rect { fill: var(--s-proposed); } .graph .s-accepted rect { fill: var(--s-accepted); } .graph .s-rejected rect { fill: var(--s-rejected); }
.graph .s-deprecated rect, .graph .s-superseded rect { fill: var(--s-old); }
.markdown pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 0.75rem; background: var(--chip); }
.markdown table { margin: 1rem 0; }
.image-missing { color: var(--muted); font-style: italic; }
.muted, footer.site { color: var(--muted); }
footer.site { padding-block: 2rem; font-size: 0.85rem; }
@media (max-width: 40rem) { .optional { display: none; } ol.timeline li { grid-template-columns: 1fr; } h1 { font-size: 1.4rem; } }
@media print {
  header.site nav, footer.site, form.filters { display: none; }
  body { font-size: 11pt; color: #000; background: #fff; }
  a { color: inherit; }
  .markdown a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  .graph { overflow: visible; max-height: none; border: 0; }
  tr, li, pre { break-inside: avoid; }
}
`.trim();

/** The site's own pages every page's header leads to. */
export const SITE_SECTIONS = [
  { path: 'index.html', label: 'Decisions' },
  { path: 'timeline.html', label: 'Timeline' },
  { path: 'graph.html', label: 'Graph' },
] as const;

export interface PageShellInput {
  /** The page's own title; the site's name follows it in the browser tab. */
  title: string;
  siteTitle: string;
  /** The page's path below the site's folder ('decisions/0007.html'): the way back to the root and its canonical address come from it. */
  path: string;
  /** The address the site is published at, ending in '/', for the canonical link; null when unknown. */
  baseUrl: string | null;
  /** Whether the site has a feed to point readers' feed software at. */
  feed: boolean;
  /** The site's script files this page loads, from the root (only the index has any). */
  scripts?: readonly string[];
  /** Use the window's whole width (the graph), not a column of reading width. */
  wide?: boolean;
  body: string;
}

/** The way from a page to the site's root: '' at the root, '../' one folder down. */
export function rootOf(pagePath: string): string {
  return '../'.repeat(pagePath.split('/').length - 1);
}

/** A whole HTML document around a page's body, with the site's header, policy and styles. */
export function pageShell({ title, siteTitle, path, baseUrl, feed, scripts = [], wide = false, body }: PageShellInput): string {
  const root = rootOf(path);
  const tabTitle = title === siteTitle ? siteTitle : `${title} · ${siteTitle}`;
  const links = [
    baseUrl === null ? '' : `<link rel="canonical" href="${escapeHtml(baseUrl + path)}">\n`,
    feed ? `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(siteTitle)}" href="${root}feed.xml">\n` : '',
  ].join('');
  const nav = SITE_SECTIONS.map((section) => `<li><a href="${root}${section.path}"${section.path === path ? ' aria-current="page"' : ''}>${section.label}</a></li>`);
  if (feed) nav.push(`<li><a href="${root}feed.xml">Feed</a></li>`);
  const scriptTags = scripts.map((script) => `<script src="${root}${script}" defer></script>\n`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${scripts.length ? SITE_CSP_WITH_SCRIPTS : SITE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(tabTitle)}</title>
${links}<style>${SITE_CSS}</style>
${scriptTags}</head>
<body>
<header class="site"><a href="${root}index.html">${escapeHtml(siteTitle)}</a><nav aria-label="Site"><ul>${nav.join('')}</ul></nav></header>
<main id="main"${wide ? ' class="wide"' : ''}>
${body}
</main>
<footer class="site">Published with Cairn.</footer>
</body>
</html>
`;
}
