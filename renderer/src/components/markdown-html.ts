import DOMPurify from 'dompurify';
import { Marked, marked } from 'marked';
import { nestedHeadings } from './nested-headings';

// Links in rendered text lead out of the app: open them apart from it, never in its window.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && /^https?:/i.test(node.getAttribute('href') ?? '')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/**
 * Markdown in Cairn may come from any file in a team's repository. Beyond DOMPurify's defaults (no
 * script, no event handlers, no javascript: URLs): plain HTML only — SVG and MathML are where
 * sanitiser bypasses keep being found, and the text needs neither — and nothing that could pose as
 * part of the app: no forms or buttons, no style sheets or inline styles.
 */
const SANITIZE_OPTIONS = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'button', 'select', 'textarea'],
  FORBID_ATTR: ['style'],
};

/**
 * Markdown rendered to HTML that is safe to put into the page: the one way text becomes markup.
 * `headingsBelow` is the level of the heading the text is shown under (0: it is the page itself).
 */
export function markdownToSafeHtml(markdown: string, headingsBelow = 0): string {
  const parser = headingsBelow > 0 ? new Marked(nestedHeadings(headingsBelow)) : marked;
  return DOMPurify.sanitize(parser.parse(markdown, { async: false }), SANITIZE_OPTIONS);
}
