import { escapeHtml } from './html-text';

/**
 * No script runs on the site and nothing loads from elsewhere: the policy allows the page's own
 * style element and links, nothing else. Styles may be inline because no decision text can carry
 * a style (the allow-list drops style elements and attributes, ADR 0017); one stylesheet per page
 * keeps the site working from file://, where a separate sheet's origin is not the page's.
 */
export const SITE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

/** Readable on a phone, printable, light or dark as the reader's system is. */
const SITE_CSS = `
:root { color-scheme: light dark; --fg: #1d2327; --muted: #5b646b; --bg: #fff; --line: #d5dadd; --link: #0b5cad; --chip: #eef1f3; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9eb; --muted: #a4adb3; --bg: #16191b; --line: #394045; --link: #7db7f0; --chip: #262b2e; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
header.site, main, footer.site { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
header.site { padding-block: 1rem; border-bottom: 1px solid var(--line); }
header.site a { font-weight: 600; text-decoration: none; }
a { color: var(--link); }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 1.5rem 0 0.75rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.number { font-variant-numeric: tabular-nums; white-space: nowrap; }
.status, .tag { display: inline-block; padding: 0 0.45rem; border-radius: 0.6rem; background: var(--chip); font-size: 0.85rem; }
.tag { margin-right: 0.25rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
nav.views ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; padding: 0; }
ol.chain { padding-left: 1.2rem; }
ol.chain [aria-current] { font-weight: 600; }
.markdown pre { overflow-x: auto; padding: 0.75rem; background: var(--chip); }
.markdown table { margin: 1rem 0; }
.image-missing { color: var(--muted); font-style: italic; }
.muted, footer.site { color: var(--muted); }
footer.site { padding-block: 2rem; font-size: 0.85rem; }
@media (max-width: 40rem) { .optional { display: none; } }
@media print { header.site nav, footer.site { display: none; } a { color: inherit; } }
`.trim();

export interface PageShellInput {
  /** The page's own title; the site's name follows it in the browser tab. */
  title: string;
  siteTitle: string;
  /** The way from this page to the site's root: '' at the root, '../' one folder down. */
  root: string;
  body: string;
}

/** A whole HTML document around a page's body, with the site's header, policy and styles. */
export function pageShell({ title, siteTitle, root, body }: PageShellInput): string {
  const tabTitle = title === siteTitle ? siteTitle : `${title} · ${siteTitle}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SITE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(tabTitle)}</title>
<style>${SITE_CSS}</style>
</head>
<body>
<header class="site"><a href="${root}index.html">${escapeHtml(siteTitle)}</a></header>
<main id="main">
${body}
</main>
<footer class="site">Published with Cairn.</footer>
</body>
</html>
`;
}
