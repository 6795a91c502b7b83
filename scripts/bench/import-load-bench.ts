import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { percentile } from './bench-stats';
import { CHROMIUM, CHROMIUM_ARGS, HOST_SCRIPT, missingForBrowser, openPage, peakRssMb, startHost, stopHost } from './browser-bench';

export interface ImportLoadResult {
  records: number;
  /** From the click on "Preview import" to "Imported N of N files" on the page: both run on the host's import worker. */
  previewAndImportMs: number;
  /** A search sent from the page every ~100 ms while the preview and import ran, to its answer. */
  answer: { p50: number; p95: number; max: number; samples: number };
  /** What the page showed when the slowest answer was asked for (the progress bar's words, or the report's). */
  slowestDuring: string;
  /** How late a zero-delay timer fired in the page: what the page's own thread was held up by. */
  pageDelayMaxMs: number;
  /** The web host's peak resident memory, its import worker included. */
  hostPeakRssMb: number | null;
}

/**
 * Issue 10's load case: a 10,000-file folder imported from the UI of a fresh web host, while the
 * page keeps asking the host for search results, as a person using the app meanwhile would.
 */
export async function runImportLoadBench(source: string, workDir: string): Promise<ImportLoadResult | { reason: string }> {
  const missing = missingForBrowser();
  if (missing) return missing;
  const folder = path.join(workDir, 'adr');
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.cpSync(source, folder, { recursive: true });
  const records = fs.readdirSync(folder).filter((name) => name.endsWith('.md')).length;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const host = await startHost(HOST_SCRIPT, path.join(workDir, 'data'));
  try {
    const { origin, hash } = new URL(host.url);
    const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
    // As someone who has used the app before: a name given, a workspace made.
    await callHost(origin, token, 'setProfile', { name: 'Bench' });
    const workspace = await callHost(origin, token, 'createWorkspace', { name: 'Import under load' });
    const page = await openPage(browser, host.url, '#/sync');
    const importSection = page.getByRole('region', { name: 'Import a folder' });
    await importSection.getByLabel('Folder').fill(folder);

    const started = performance.now();
    const probing = page.evaluate<{ answers: number[]; delays: number[]; during: string[] }>(probeScript(token, workspace.id));
    await importSection.getByRole('button', { name: 'Preview import' }).click();
    const importButton = importSection.getByRole('button', { name: /^Import [\d,]+ files$/ });
    await importButton.waitFor({ timeout: 120_000 });
    await importButton.click();
    const { answers, delays, during } = await probing;
    const previewAndImportMs = performance.now() - started;
    await page.context().close();

    const sorted = [...answers].sort((a, b) => a - b);
    return {
      records,
      previewAndImportMs,
      answer: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? 0, samples: sorted.length },
      slowestDuring: during[answers.indexOf(Math.max(...answers))] ?? '',
      pageDelayMaxMs: Math.max(0, ...delays),
      hostPeakRssMb: peakRssMb(host.child.pid),
    };
  } finally {
    await stopHost(host.child);
    await browser.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** One call of the host's API with its token, as the page makes it. */
export async function callHost<T = { id: string }>(origin: string, token: string, operation: string, input: unknown): Promise<T> {
  const response = await fetch(`${origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${operation} failed: ${body.error.message}`);
  return body.value;
}

/**
 * Runs in the page (as source text: this file is type-checked without the DOM library) until the
 * page says the import is done, at most ten minutes: every ~100 ms, how late a zero-delay timer
 * fires, then one search request to the host and how long its answer took.
 */
function probeScript(token: string, workspaceId: string): string {
  return `(async () => {
    const answers = [];
    const delays = [];
    const during = [];
    const showing = () => (document.querySelector('.import-progress-text')?.textContent || document.querySelector('.import-summary')?.textContent || '').replace(/\\s+/g, ' ').trim();
    const until = performance.now() + 600000;
    const done = () => /Imported [\\d,]+ of [\\d,]+ files/.test(document.querySelector('.import-summary')?.textContent ?? '');
    while (!done() && performance.now() < until) {
      const timer = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 0));
      delays.push(performance.now() - timer);
      during.push(showing());
      const asked = performance.now();
      await fetch('/api/searchDecisions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + ${JSON.stringify(token)} },
        body: JSON.stringify({ workspaceId: ${JSON.stringify(workspaceId)}, query: 'cache', limit: 50 }),
      });
      answers.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { answers, delays, during };
  })()`;
}
