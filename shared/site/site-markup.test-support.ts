/**
 * What in the site's HTML could run script or load something, found without a browser: the site's
 * writer escapes every `<` it does not mean as a tag, so each tag in the text is one a browser
 * builds. Returns a line per finding; empty when the page keeps to the allow-list.
 */
const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'body', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'footer', 'form', 'label', 'option', 'select', 'time', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'i', 'input', 'ins', 'kbd',
  'li', 'main', 'mark', 'meta', 'nav', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'style', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'u', 'ul', 'var', 'wbr',
]);
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'rel', 'class', 'start', 'colspan', 'rowspan', 'open', 'lang', 'charset', 'http-equiv', 'content', 'name', 'id', 'scope', 'aria-label', 'aria-labelledby', 'aria-current', 'align', 'type', 'checked', 'disabled',
  // The index's filters and the timeline, which the site writes itself.
  'role', 'hidden', 'autocomplete', 'placeholder', 'value', 'datetime', 'tabindex']);
/** The site's own markup that no decision text can make: its two script files, its head links and the graph's drawing. */
const SITE_OWN = [
  /<script src="(?:\.\.\/)*(?:search\/part-\d+|filters)\.js" defer><\/script>/g,
  /<link rel="(?:canonical|alternate)"[^>]*>/g,
  /<div class="graph" tabindex="0" role="region" aria-label="Graph of the links"><svg [\s\S]*?<\/svg><\/div>/g,
];
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:="([^"]*)")?/g;

export function unsafeMarkup(html: string): string[] {
  const findings: string[] = [];
  // The one style element is the page's own; its text is not decision text.
  const scanned = SITE_OWN.reduce((text, own) => text.replace(own, ''), html.replace(/<style>[^<]*<\/style>/, '').replace(/^<!doctype html>/, ''));
  let tags = 0;
  for (const match of scanned.matchAll(TAG)) {
    tags++;
    const name = (match[2] as string).toLowerCase();
    if (!ALLOWED_TAGS.has(name)) findings.push(`element <${name}>`);
    for (const attribute of (match[3] ?? '').matchAll(ATTRIBUTE)) {
      const attr = (attribute[1] as string).toLowerCase();
      if (!ALLOWED_ATTRIBUTES.has(attr)) findings.push(`attribute ${attr} on <${name}>`);
      // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a URL's scheme
      const value = (attribute[2] ?? '').replace(/&amp;/g, '&').replace(/[\u0000-\u0020]/g, '');
      if (attr === 'href' && !/^(?:https?:|mailto:|[^:]*$|[^:]*[/?#])/i.test(value)) findings.push(`href ${value}`);
      if (name === 'input' && attr === 'type' && !['checkbox', 'search', 'date'].includes(value)) findings.push(`input of type ${value}`);
    }
  }
  // Every "<" left must have begun one of the tags counted above.
  const lessThans = (scanned.match(/</g) ?? []).length;
  if (lessThans !== tags) findings.push(`${lessThans - tags} "<" that are not well-formed tags`);
  return findings;
}
