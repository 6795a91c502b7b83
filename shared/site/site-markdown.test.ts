import { describe, expect, it } from 'vitest';
import { markdownToSiteHtml } from './site-markdown';
import { unsafeMarkup } from './site-markup.test-support';

// Decision text comes from any Markdown file of a team's repository: the payloads the app's own
// safety test renders, as a record would carry them, in every place Markdown puts raw HTML.
const RUN = "alert('X')";
const HOSTILE = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `[markdown javascript link](javascript:${encodeURIComponent(RUN)})`,
  '[spaced scheme](java\tscript:alert(1))',
  `<a href="javascript:${RUN}">raw javascript link</a>`,
  `<a href="JaVaScRiPt&colon;${RUN}">entity javascript link</a>`,
  `<a href="&#106;avascript:${RUN}">char-ref javascript link</a>`,
  `<a href="data:text/html,<script>${RUN}</script>">data link</a>`,
  `<details open ontoggle="${RUN}"><summary>details summary</summary>details body</details>`,
  `<input autofocus onfocus="${RUN}">`,
  `<div onmouseover="${RUN}">hover target</div>`,
  `<svg onload="${RUN}"><script>${RUN}</script></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x="10" y="20">svg link</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}"></style></mglyph></table></mtext></math>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<form action="javascript:${RUN}"><button>Submit the form</button></form>`,
  `<object data="data:text/html,<script>${RUN}</script>"></object>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  '<base href="https://evil.example/">',
  '<style>body { display: none !important; }</style>',
  '<div style="position:fixed;inset:0;background:red">fake overlay</div>',
  `Inline <b onclick="${RUN}">bold</b>, <a href="javascript:x" onclick="${RUN}">a</a> and <i>never closed`,
  `| cell | cell |\n|---|---|\n| <img src=x onerror="${RUN}"> | <a href="javascript:x">x</a> |`,
  `* [ ] <span onclick="${RUN}">task</span>`,
  `> <script>${RUN}</script>`,
  `<!-- a comment --><script>${RUN}</script>`,
  `<a href="x" title="a&quot; onmouseover=&quot;${RUN}">quoted title</a>`,
  `![alt" onerror="${RUN}](javascript:${RUN})`,
  `<img src="https://evil.example/track.png">`,
  '<div>',
  '</details></div></main></body>',
];

describe('markdownToSiteHtml', () => {
  it.each(HOSTILE)('keeps to the allow-list for %s', (markdown) => {
    const html = markdownToSiteHtml(markdown);
    expect(unsafeMarkup(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|svg|math|iframe|form|object|meta|base|style|img)\b/i);
  });

  it('keeps the payloads as text a reader can see', () => {
    const html = markdownToSiteHtml(HOSTILE.join('\n\n'));
    expect(unsafeMarkup(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('raw javascript link');
    expect(html).toContain('<details open><summary>details summary</summary>details body</details>');
  });

  it('leaves no element open for the page around it', () => {
    const html = markdownToSiteHtml('<details><summary>More</summary>\n\nText *inside*.\n\n<div>\n\nand a div never closed');
    const opened = (html.match(/<(details|div)>/g) ?? []).length;
    const closed = (html.match(/<\/(details|div)>/g) ?? []).length;
    expect(closed).toBe(opened);
    expect(html).toContain('<em>inside</em>');
  });

  it('renders Markdown as the app does: emphasis, lists, tables, code', () => {
    const html = markdownToSiteHtml('Use **Postgres**.\n\n* one\n* two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```sql\nselect 1 < 2;\n```');
    expect(html).toContain('<strong>Postgres</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('select 1 &lt; 2;');
  });

  it('turns links to other records into links to their pages, and marks links that leave the site', () => {
    const html = markdownToSiteHtml('See [ADR 2](0002-use-kafka.md), [ADR 3](../adr/ADR-0003.md#links) and [MADR](https://adr.github.io/madr/).');
    expect(html).toContain('<a href="0002.html">ADR 2</a>');
    expect(html).toContain('<a href="0003.html#links">ADR 3</a>');
    expect(html).toContain('<a href="https://adr.github.io/madr/" rel="noopener noreferrer">MADR</a>');
  });

  it('shows an image as words, since the site loads nothing from elsewhere', () => {
    expect(markdownToSiteHtml('![The C4 diagram](diagram.png)')).toContain('<span class="image-missing">Image: The C4 diagram</span>');
    expect(markdownToSiteHtml('![Chart](https://example.com/c.png)')).toContain('<a class="image-link" href="https://example.com/c.png" rel="noopener noreferrer">Image: Chart</a>');
  });

  it('keeps allowed inline HTML paired within its paragraph', () => {
    expect(markdownToSiteHtml('H<sub>2</sub>O and <kbd>Ctrl</kbd>')).toBe('<p>H<sub>2</sub>O and <kbd>Ctrl</kbd></p>\n');
  });
});
