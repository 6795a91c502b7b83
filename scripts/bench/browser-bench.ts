import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { timing, type Timing } from './bench-stats';
import { matchGroup } from '../../shared/text/match-group';

/** The same browser and flags as the e2e tests (playwright.config.ts): Debian's Chromium, headless. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** Where the renderer keeps the web host's token (renderer/src/api/session-token.ts). */
const TOKEN_KEY = 'cairn.token';
const READY_LINE = /^Cairn web host: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/;
const LIST = '[role="list"][aria-label="Decisions"]';
const ROW = `${LIST} > [role="listitem"]`;
/** How far one scroll step moves the list, and the most steps taken (10,000 rows of 60 px need about 60). */
const SCROLL_STEP_PX = 10_000;
const MAX_SCROLL_STEPS = 150;

export interface BrowserBenchResult {
  /** Spawn of `node dist/electron/web-host/start.js` to the line announcing its address. */
  hostReady: Timing;
  /** Spawn of the host to the first row of the decision list on screen. */
  firstRows: Timing;
  /** The most list rows (and elements in the whole page) in the DOM at any point while scrolling to the end. */
  maxRowsInDom: number;
  maxElementsInDom: number;
  rowsLoadedAtEnd: number;
  scrollSteps: number;
  hostPeakRssMb: number | null;
}

/**
 * Cold starts of the web host on a data directory holding the imported log, each to the first
 * rendered rows in a fresh browser context, then one scroll through the whole list counting the
 * rows in the DOM. The browser is started beforehand: its own start-up is not the app's.
 */
export async function runBrowserBench(dataDir: string, runs: number): Promise<BrowserBenchResult | { reason: string }> {
  const missing = missingForBrowser();
  if (missing) return missing;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const ready: number[] = [];
    const firstRows: number[] = [];
    let scroll: Omit<BrowserBenchResult, 'hostReady' | 'firstRows'> | null = null;
    for (let run = 1; run <= runs; run++) {
      const started = performance.now();
      const host = await startHost(HOST_SCRIPT, dataDir);
      try {
        ready.push(host.readyAt - started);
        const page = await openPage(browser, host.url);
        await page.locator(ROW).first().waitFor({ state: 'visible', timeout: 60_000 });
        firstRows.push(performance.now() - started);
        if (run === runs) scroll = { ...(await scrollToEnd(page)), hostPeakRssMb: peakRssMb(host.child.pid) };
        await page.context().close();
      } finally {
        await stopHost(host.child);
      }
    }
    return { hostReady: timing(ready), firstRows: timing(firstRows), ...(scroll as NonNullable<typeof scroll>) };
  } finally {
    await browser.close();
  }
}

/** The built web host the browser runs are timed against. */
export const HOST_SCRIPT = path.resolve('dist/electron/web-host/start.js');

/** Why the browser runs cannot run here, or null when they can. */
export function missingForBrowser(): { reason: string } | null {
  if (!fs.existsSync(HOST_SCRIPT) || !fs.existsSync(path.resolve('dist/renderer/index.html'))) return { reason: 'dist/ is not built (npm run build)' };
  if (!fs.existsSync(CHROMIUM)) return { reason: `${CHROMIUM} is missing (Debian package chromium)` };
  return null;
}

/**
 * Opens the decision list (#/decisions) in a fresh context. The token the host printed is put where
 * the app keeps it after its first visit, so the page loads straight into the list.
 */
export async function openPage(browser: Browser, url: string, route = '#/decisions'): Promise<Page> {
  const { page, go } = await tokenPage(browser, url, route);
  await go();
  return page;
}

/** A fresh context holding the host's token and a page in it, and the navigation to the route, for timing on its own. */
export async function tokenPage(browser: Browser, url: string, route: string): Promise<{ page: Page; go: () => Promise<unknown> }> {
  const { origin, hash } = new URL(url);
  const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(`sessionStorage.setItem(${JSON.stringify(TOKEN_KEY)}, ${JSON.stringify(token)});`);
  const page = await context.newPage();
  return { page, go: () => page.goto(`${origin}/${route}`) };
}

/** Scrolls the list down step by step, letting it render and load further pages, and counts the DOM at each step. */
async function scrollToEnd(page: Page): Promise<Omit<BrowserBenchResult, 'hostReady' | 'firstRows' | 'hostPeakRssMb'>> {
  let maxRowsInDom = 0;
  let maxElementsInDom = 0;
  let lastIndex = 0;
  let steps = 0;
  for (; steps < MAX_SCROLL_STEPS; steps++) {
    const state = await page.evaluate<ScrollState>(scrollStepScript(LIST, ROW, SCROLL_STEP_PX));
    maxRowsInDom = Math.max(maxRowsInDom, state.rows);
    maxElementsInDom = Math.max(maxElementsInDom, state.elements);
    lastIndex = Math.max(lastIndex, state.lastIndex);
    if (state.atBottom && lastIndex + 1 >= state.setSize) break;
    // At the bottom of what is loaded: give the next page a moment to arrive.
    if (state.atBottom) await page.waitForTimeout(100);
  }
  return { maxRowsInDom, maxElementsInDom, rowsLoadedAtEnd: lastIndex + 1, scrollSteps: steps + 1 };
}

interface ScrollState {
  rows: number;
  elements: number;
  lastIndex: number;
  setSize: number;
  atBottom: boolean;
}

/**
 * Runs in the page (as source text: this file is type-checked without the DOM library). Scrolls the
 * list one step, waits two frames for the virtualiser to render, and reports what the DOM holds.
 */
function scrollStepScript(list: string, row: string, step: number): string {
  return `(async () => {
    const scroller = document.querySelector(${JSON.stringify(list)})?.parentElement;
    if (!scroller) throw new Error('the decision list is not on the page');
    scroller.scrollTop += ${step};
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const rows = [...document.querySelectorAll(${JSON.stringify(row)})];
    return {
      rows: rows.length,
      elements: document.getElementsByTagName('*').length,
      lastIndex: Math.max(0, ...rows.map((r) => Number(r.dataset.index))),
      setSize: Number(rows[0]?.getAttribute('aria-setsize') ?? 0),
      atBottom: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2,
    };
  })()`;
}

export interface RunningHost {
  child: ChildProcess;
  url: string;
  readyAt: number;
}

export function startHost(startScript: string, dataDir: string): Promise<RunningHost> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.CAIRN_DATA_DIR;
    const child = spawn(process.execPath, [startScript, '--data-dir', dataDir, '--port', '0', '--no-open'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const errors: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
    const lines = createInterface({ input: child.stdout });
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the web host printed no address within 60 s\n${errors.join('')}`));
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(limit);
      reject(new Error(`the web host exited with code ${code}\n${errors.join('')}`));
    });
    lines.on('line', (line) => {
      const ready = READY_LINE.exec(line.trim());
      if (!ready) return;
      clearTimeout(limit);
      child.removeAllListeners('exit');
      resolve({ child, url: matchGroup(ready, 1), readyAt: performance.now() });
    });
  });
}

export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}

/** The high-water mark of the host's resident memory, from Linux's /proc. */
export function peakRssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
