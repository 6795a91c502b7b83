import { escapeHtml } from './html-text';
import { linkTarget } from './link-target';

/**
 * The raw HTML a decision may keep: text formatting and document structure. No scripts, styles,
 * forms, media, frames, SVG or MathML, and of attributes only the few below, rebuilt from parsed
 * values; everything else in raw HTML is shown as the text it is (ADR 0017).
 */
export const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'var']);
export const BLOCK_TAGS = new Set([
  'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ol', 'p', 'pre', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const VOID_TAGS = new Set(['br', 'hr', 'wbr']);

/** One tag as written: `<a href="…">`, `</a>`, `<br/>`. */
export interface ParsedTag {
  closing: boolean;
  name: string;
  attributes: Map<string, string>;
  selfClosing: boolean;
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const COMMENT = /<!--(?:-?>|[\s\S]*?-->)/y;
/** Text outside tags: character references are kept (they can only ever be text), other specials escaped. */
const RAW_TEXT_SPECIAL = /&(?!#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)|[<>"']/g;

/** The tag at `index` of `html`, or null when none starts there. */
export function parseTagAt(html: string, index: number): { tag: ParsedTag; end: number } | null {
  TAG.lastIndex = index;
  const match = TAG.exec(html);
  if (!match) return null;
  const attributes = new Map<string, string>();
  for (const attribute of (match[3] ?? '').matchAll(ATTRIBUTE)) {
    const name = (attribute[1] as string).toLowerCase();
    if (!attributes.has(name)) attributes.set(name, attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
  }
  return { tag: { closing: match[1] === '/', name: (match[2] as string).toLowerCase(), attributes, selfClosing: match[4] === '/' }, end: TAG.lastIndex };
}

/** The end of an HTML comment starting at `index`, or -1. */
function commentEnd(html: string, index: number): number {
  COMMENT.lastIndex = index;
  return COMMENT.exec(html) ? COMMENT.lastIndex : -1;
}

export function escapeRawText(text: string): string {
  return text.replace(RAW_TEXT_SPECIAL, (c) => escapeHtml(c));
}

/**
 * An attribute value as the author meant it. Only `&amp;` is decoded (query strings use it); any
 * other reference stays as written text, which is always safe, because the value is escaped again.
 */
function attributeValue(raw: string): string {
  return raw.replace(/&amp;/gi, '&');
}

/** The opening tag rebuilt with only the attributes its element may keep; null for a link that may not be one. */
export function openingTag(tag: ParsedTag): string {
  const kept: string[] = [];
  const title = tag.attributes.get('title');
  if ((tag.name === 'a' || tag.name === 'abbr' || tag.name === 'dfn') && title !== undefined) kept.push(` title="${escapeHtml(attributeValue(title))}"`);
  if (tag.name === 'a') {
    const target = linkTarget(attributeValue(tag.attributes.get('href') ?? ''));
    const href = tag.attributes.has('href') && target ? target : null;
    if (!href) return `<span${kept.join('')}>`;
    kept.unshift(` href="${escapeHtml(href.href)}"`);
    if (href.external) kept.push(' rel="noopener noreferrer"');
  }
  if (tag.name === 'ol' && /^\d{1,9}$/.test(tag.attributes.get('start') ?? '')) kept.push(` start="${tag.attributes.get('start')}"`);
  if ((tag.name === 'td' || tag.name === 'th') && /^[1-9]\d?$/.test(tag.attributes.get('colspan') ?? '')) kept.push(` colspan="${tag.attributes.get('colspan')}"`);
  if ((tag.name === 'td' || tag.name === 'th') && /^[1-9]\d?$/.test(tag.attributes.get('rowspan') ?? '')) kept.push(` rowspan="${tag.attributes.get('rowspan')}"`);
  if (tag.name === 'details' && tag.attributes.has('open')) kept.push(' open');
  return `<${tag.name}${kept.join('')}>`;
}

/** The closing tag of an element opened by openingTag (a link that lost its target became a span). */
export function closingTag(tag: ParsedTag): string {
  if (tag.name !== 'a') return `</${tag.name}>`;
  return openingTag(tag).startsWith('<a') ? '</a>' : '</span>';
}

/**
 * An image stands for itself as words: the site publishes no image files (a relative one would be
 * missing) and loads nothing from elsewhere. A web image becomes a link to it.
 */
export function imageStandIn(alt: string, src: string): string {
  const label = `Image${alt.trim() ? `: ${escapeHtml(alt.trim())}` : ''}`;
  const target = src ? linkTarget(src) : null;
  if (target?.external && /^https?:/i.test(target.href)) return `<a class="image-link" href="${escapeHtml(target.href)}" rel="noopener noreferrer">${label}</a>`;
  return `<span class="image-missing">${label}</span>`;
}

function imageFromTag(tag: ParsedTag): string {
  return imageStandIn(attributeValue(tag.attributes.get('alt') ?? ''), attributeValue(tag.attributes.get('src') ?? ''));
}

/** Block-level elements opened by raw HTML and not closed yet, across the whole decision text. */
export interface OpenElements {
  names: string[];
}

interface InlineOpen {
  tag: ParsedTag;
}

/**
 * A block of raw HTML (an HTML block of the Markdown) with only allowed elements, each rebuilt.
 * Block elements may stay open for the Markdown that follows (a `<details>` around paragraphs);
 * `open` tracks them and closeAll ends them. Inline elements close within the block.
 */
export function allowListedBlock(html: string, open: OpenElements): string {
  const out: string[] = [];
  const inline: InlineOpen[] = [];
  const closeInline = (downTo = 0) => {
    while (inline.length > downTo) out.push(closingTag((inline.pop() as InlineOpen).tag));
  };
  let text = 0;
  let i = html.indexOf('<');
  while (i !== -1) {
    out.push(escapeRawText(html.slice(text, i)));
    let end = commentEnd(html, i);
    if (end === -1) {
      const parsed = parseTagAt(html, i);
      if (parsed) {
        end = parsed.end;
        out.push(blockTag(parsed.tag, html.slice(i, end), open, inline, closeInline));
      } else {
        out.push('&lt;');
        end = i + 1;
      }
    }
    text = end;
    i = html.indexOf('<', end);
  }
  out.push(escapeRawText(html.slice(text)));
  closeInline();
  return out.join('');
}

function blockTag(tag: ParsedTag, raw: string, open: OpenElements, inline: InlineOpen[], closeInline: (downTo?: number) => void): string {
  if (VOID_TAGS.has(tag.name)) return tag.closing ? '' : `<${tag.name}>`;
  if (tag.name === 'img' && !tag.closing) return imageFromTag(tag);
  if (INLINE_TAGS.has(tag.name)) {
    if (!tag.closing) {
      if (tag.selfClosing) return '';
      inline.push({ tag });
      return openingTag(tag);
    }
    const at = findLast(inline, (o) => o.tag.name === tag.name);
    if (at === -1) return escapeHtml(raw);
    const before: string[] = [];
    while (inline.length > at + 1) before.push(closingTag((inline.pop() as InlineOpen).tag));
    inline.pop();
    return before.join('') + closingTag(tag);
  }
  if (BLOCK_TAGS.has(tag.name)) {
    closeInline();
    if (!tag.closing) {
      if (tag.selfClosing) return `${openingTag(tag)}</${tag.name}>`;
      open.names.push(tag.name);
      return openingTag(tag);
    }
    const at = open.names.lastIndexOf(tag.name);
    if (at === -1) return escapeHtml(raw);
    const closing = open.names.splice(at).reverse().map((name) => `</${name}>`);
    return closing.join('');
  }
  return escapeHtml(raw);
}

/** Closing tags for the block elements raw HTML left open, innermost first. */
export function closeAll(open: OpenElements): string {
  return open.names.splice(0).reverse().map((name) => `</${name}>`).join('');
}

/**
 * One inline HTML tag of a paragraph (Markdown gives each tag alone), paired with the others of the
 * same run of text: an opening tag is kept only when its closing tag follows in the same run, so
 * nothing unclosed leaks into the rest of the page. `texts` receives each tag's output by index.
 */
export function allowListedInline(tags: readonly string[]): string[] {
  const out = tags.map((raw) => escapeHtml(raw));
  const open: { index: number; tag: ParsedTag }[] = [];
  tags.forEach((raw, index) => {
    if (commentEnd(raw, 0) === raw.length) {
      out[index] = '';
      return;
    }
    const parsed = parseTagAt(raw, 0);
    if (!parsed || parsed.end !== raw.length) return;
    const { tag } = parsed;
    if (VOID_TAGS.has(tag.name) && tag.name !== 'hr') out[index] = tag.closing ? '' : `<${tag.name}>`;
    else if (tag.name === 'img' && !tag.closing) out[index] = imageFromTag(tag);
    else if (INLINE_TAGS.has(tag.name) && !tag.selfClosing) {
      if (!tag.closing) open.push({ index, tag });
      else {
        const at = findLast(open, (o) => o.tag.name === tag.name);
        if (at === -1) return;
        const opened = open[at] as { index: number; tag: ParsedTag };
        // Tags opened inside it and never closed stay text; the pair itself becomes markup.
        open.length = at;
        out[opened.index] = openingTag(opened.tag);
        out[index] = closingTag(opened.tag);
      }
    }
  });
  return out;
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
