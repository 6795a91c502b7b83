import { expect, type Locator, type Page } from '@playwright/test';
import type { HostApi } from './host-api';

// Decision text may come from any Markdown file in a team's repository, so it is hostile input.
// Every payload below tries to run script; if one does, it sets window.__pwned, opens a dialog or
// throws — and the test fails. They are spread over every field that reaches the rendered text.
const RUN = "window.__pwned=(window.__pwned||[]).concat('X');alert('X')";
const run = (label: string) => RUN.replaceAll('X', label);

const CONTEXT = [
  'Harmless intro paragraph.',
  `<script>${run('script-tag')}</script>`,
  `<img src=x onerror="${run('img-onerror')}">`,
  `<img src="favicon.svg" onload="${run('img-onload')}">`,
  `[markdown javascript link](javascript:${encodeURIComponent(run('md-js-link'))})`,
  `<a href="javascript:${run('raw-js-link')}">raw javascript link</a>`,
  `<a href="JaVaScRiPt&colon;${run('entity-js-link')}">entity javascript link</a>`,
  `<a href="&#106;avascript:${run('char-ref-js-link')}">char-ref javascript link</a>`,
  `<a href="data:text/html,<script>${run('data-link')}</script>">data link</a>`,
  `<details open ontoggle="${run('ontoggle')}"><summary>details summary</summary>details body</details>`,
  `<input autofocus onfocus="${run('onfocus')}">`,
  `<div onmouseover="${run('onmouseover')}">hover target</div>`,
].join('\n\n');

const DRIVERS = [
  `<svg onload="${run('svg-onload')}"><script>${run('svg-script')}</script></svg>`,
  `<svg><a xlink:href="javascript:${run('svg-link')}"><text x="10" y="20">svg link</text></a></svg>`,
  `<svg><animate onbegin="${run('svg-animate')}" attributeName="x" dur="1s"/></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run('mathml-mxss')}"></style></mglyph></table></mtext></math>`,
  `<math href="javascript:${run('mathml-link')}">mathml link</math>`,
].join('\n\n');

const OUTCOME = [
  `<iframe src="javascript:${run('iframe-js')}"></iframe>`,
  `<iframe srcdoc="<script>parent.${run('iframe-srcdoc')}</script>"></iframe>`,
  `<form action="javascript:${run('form-action')}"><button>Submit the form</button></form>`,
  `<object data="data:text/html,<script>${run('object')}</script>"></object>`,
  `<embed src="data:text/html,<script>${run('embed')}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run('meta-refresh')}">`,
  '<base href="https://evil.example/">',
  '<style>body { display: none !important; }</style>',
  '<div style="position:fixed;inset:0;background:red">fake overlay</div>',
].join('\n\n');

const LINKS = [
  'Read [MADR](https://adr.github.io/madr/) for the template.',
  '<a href="https://example.com/plain" target="_self" rel="opener">a link that asks for its opener</a>',
  'An internal route: [all decisions](#/decisions).',
].join('\n\n');

/** Creates decision 0001 "Accept imported Markdown", every payload in a field of its own; returns its id. */
export async function createHostileDecision(api: HostApi): Promise<string> {
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Payments platform' });
  const decision = await api('createDecision', {
    workspaceId: workspace.id,
    content: {
      title: 'Accept imported Markdown',
      context: CONTEXT,
      drivers: DRIVERS,
      outcome: OUTCOME,
      moreInformation: LINKS,
      options: [{ name: `<img src=x onerror="${run('option-name')}">`, description: `<script>${run('option-description')}</script>`, pros: [`<svg onload="${run('option-pro')}">`], cons: [] }],
      extraSections: [{ heading: `<script>${run('extra-heading')}</script>`, body: `<img src=x onerror="${run('extra-body')}">` }],
    },
  });
  return decision.id;
}

/** Everything that would show a payload ran: dialogs, uncaught errors, console errors. */
export function watchForExecution(page: Page): string[] {
  const signs: string[] = [];
  page.on('dialog', (dialog) => {
    signs.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => signs.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // `<img src=x>` survives sanitising without its handler; the browser then reports the missing
    // image: a broken picture, not script.
    if (text.startsWith('Failed to load resource')) return;
    // DOMPurify parses the text in an inert document, which inherits the page's CSP; Chromium
    // reports the handlers and <base> it meets there as blocked. That is the CSP holding too — the
    // sanitiser's own result is checked element by element below.
    if (/violates the following Content Security Policy directive.*The action has been blocked\.$/s.test(text)) return;
    signs.push(`console error: ${text}`);
  });
  return signs;
}

export async function expectNothingRan(page: Page, signs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(signs).toEqual([]);
}

/** What the sanitiser must have removed from a rendered decision, whatever the payload. */
export async function dangerousMarkup(rendered: Locator): Promise<string[]> {
  return rendered.evaluateAll((roots) => {
    const found: string[] = [];
    for (const root of roots) {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const tag = element.tagName.toLowerCase();
        if (['script', 'iframe', 'object', 'embed', 'form', 'button', 'svg', 'math', 'style', 'meta', 'base', 'link'].includes(tag)) found.push(`<${tag}>`);
        for (const attribute of Array.from(element.attributes)) {
          const value = attribute.value.trim().toLowerCase();
          if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
          if (attribute.name === 'style') found.push(`${tag}[style]`);
          if (/^(javascript|data|vbscript):/.test(value.replace(/\s/g, '')) && attribute.name !== 'alt') found.push(`${tag}[${attribute.name}=${value.slice(0, 20)}]`);
        }
      }
    }
    return found;
  });
}
