import { chromium, type Browser } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { timing, type Timing } from './bench-stats';
import { CHROMIUM, CHROMIUM_ARGS, HOST_SCRIPT, missingForBrowser, startHost, stopHost, tokenPage } from './browser-bench';
import { formatTiming } from './bench-report';
import { callHost } from './import-load-bench';

/** The pages measured, each with what counts as its first rendered content. */
const VIEWS = [
  { name: 'graph', route: '#/graph', firstContent: '.graph-canvas .graph-node-link' },
  { name: 'timeline', route: '#/timeline', firstContent: '.timeline-entry' },
] as const;
export const VIEW_FIRST_RENDER_TARGET_MS = 1_000;
export const VIEW_ELEMENTS_TARGET = 2_000;

export interface ViewBenchRow {
  records: number;
  view: (typeof VIEWS)[number]['name'];
  /** Navigation to the page (a fresh browser context, the host already up) to its first decision box or timeline entry. */
  firstContent: Timing;
  /** `document.querySelectorAll('*').length` at that moment, on the last run. */
  elements: number;
}

/**
 * Issue 20's pages at size: each log is imported into a web host of its own, then the graph and the
 * timeline are opened cold (a new context, so nothing is cached) and timed to their first rendered
 * content, counting the elements the page holds then.
 */
export async function runViewsBench(folders: { records: number; folder: string }[], workDir: string, runs: number): Promise<ViewBenchRow[] | { reason: string }> {
  const missing = missingForBrowser();
  if (missing) return missing;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const rows: ViewBenchRow[] = [];
  try {
    for (const { records, folder: source } of folders) {
      const dir = path.join(workDir, `views-${records}`);
      fs.rmSync(dir, { recursive: true, force: true });
      const folder = path.join(dir, 'adr');
      fs.cpSync(source, folder, { recursive: true });
      const host = await startHost(HOST_SCRIPT, path.join(dir, 'data'));
      try {
        const { origin, hash } = new URL(host.url);
        const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
        await callHost(origin, token, 'setProfile', { name: 'Bench' });
        const workspace = await callHost(origin, token, 'createWorkspace', { name: 'Views' });
        await callHost(origin, token, 'importFolder', { workspaceId: workspace.id, folder });
        for (const view of VIEWS) rows.push({ records, view: view.name, ...(await timeView(browser, host.url, view, runs)) });
      } finally {
        await stopHost(host.child);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    return rows;
  } finally {
    await browser.close();
  }
}

async function timeView(browser: Browser, url: string, view: (typeof VIEWS)[number], runs: number): Promise<{ firstContent: Timing; elements: number }> {
  const times: number[] = [];
  let elements = 0;
  for (let run = 0; run < runs; run++) {
    const { page, go } = await tokenPage(browser, url, view.route);
    const started = performance.now();
    await go();
    await page.locator(view.firstContent).first().waitFor({ state: 'attached', timeout: 60_000 });
    times.push(performance.now() - started);
    elements = await page.evaluate<number>("document.querySelectorAll('*').length");
    await page.context().close();
  }
  return { firstContent: timing(times), elements };
}

export function renderViewsBench(result: ViewBenchRow[] | { reason: string }): string {
  if ('reason' in result) return `Graph and timeline at size: not measured — ${result.reason}`;
  return [
    '| Page at size (navigation to first rendered content, host already up) | first render | target | elements in the page | target |',
    '|---|---|---|---|---|',
    ...result.map(
      (row) =>
        `| ${row.view}, ${row.records.toLocaleString('en')} decisions | ${formatTiming(row.firstContent)} | ≤ ${VIEW_FIRST_RENDER_TARGET_MS / 1000} s | ${row.elements.toLocaleString('en')} | < ${VIEW_ELEMENTS_TARGET.toLocaleString('en')} |`,
    ),
  ].join('\n');
}
