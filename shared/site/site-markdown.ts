import { Marked, type Token, type Tokens } from 'marked';
import { escapeHtml } from './html-text';
import { allowListedBlock, allowListedInline, closeAll, imageStandIn, type OpenElements } from './html-allow-list';
import { linkTarget } from './link-target';

/** Inline HTML tags whose output allowListedInline settled for their run of text, before rendering. */
const SETTLED = new WeakMap<Token, string>();

/** The block elements the record's raw HTML left open in the text being rendered (parse is synchronous, one text at a time). */
let open: OpenElements = { names: [] };

// One parser for every text: a new one per text repeats its setup (options, renderer, tokenizer) for each of 10,000 pages.
const marked = new Marked({
  gfm: true,
  walkTokens(token) {
    const children = 'tokens' in token ? token.tokens : undefined;
    if (!children) return;
    const tags = children.filter((child): child is Tokens.Tag => child.type === 'html' && !(child as Tokens.Tag).block);
    if (tags.length === 0) return;
    const settled = allowListedInline(tags.map((tag) => tag.raw));
    tags.forEach((tag, i) => SETTLED.set(tag, settled[i] as string));
  },
  renderer: {
    html(token) {
      if (token.block) return allowListedBlock(token.raw, open);
      // A tag in a run of text walkTokens did not see (a table cell's) stays the text it is.
      return SETTLED.get(token) ?? escapeHtml(token.raw);
    },
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      const target = linkTarget(href);
      if (!target) return `<span>${text}</span>`;
      const titled = title ? ` title="${escapeHtml(title)}"` : '';
      const rel = target.external ? ' rel="noopener noreferrer"' : '';
      return `<a href="${escapeHtml(target.href)}"${titled}${rel}>${text}</a>`;
    },
    image({ href, text }) {
      return imageStandIn(text, href);
    },
  },
});

/**
 * A decision's Markdown as HTML for the static site, with the app's policy (ADR 0017): marked
 * renders it, as in the app, and raw HTML, links and images go through the allow-list instead of
 * DOMPurify, which needs a DOM that a site built without a browser does not have. Everything
 * marked writes itself is escaped text in elements it chose; only these three kinds of token can
 * carry markup from the file, so those are the ones rebuilt.
 */
export function markdownToSiteHtml(markdown: string): string {
  open = { names: [] };
  const html = marked.parse(markdown, { async: false });
  return html + closeAll(open);
}
