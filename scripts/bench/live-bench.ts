import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { percentile, timing, type Timing } from './bench-stats';
import { CHROMIUM, CHROMIUM_ARGS, HOST_SCRIPT, missingForBrowser, openPage, startHost, stopHost } from './browser-bench';
import { callHost } from './import-load-bench';

export interface LiveBenchResult {
  records: number;
  /** A file of the linked folder written on disk, to the open decision page showing the change. */
  diskEdit: { p50: number; p95: number; max: number; samples: number };
  /** `cairn new` started beside the host, to the open decision list showing the new decision. */
  cliNew: Timing;
}

const CLI = path.resolve('dist/electron/cli/main.js');
const DISK_EDITS = 20;
const CLI_RUNS = 5;
/** A guard, not a target: a change that has not shown by then is a failed run. */
const SHOW_LIMIT_MS = 30_000;
const TITLE_LINE = /^# (\d+)\. .*$/m;

/**
 * Issue 3's live folder, timed from outside as a person sees it: the web host watches the linked
 * folder of an imported log while a page is open on one decision, and each edit is timed from the
 * write to the page showing the new title; then `cairn new` runs as its own process beside the host,
 * timed to the new row in the open list.
 */
export async function runLiveBench(source: string, workDir: string): Promise<LiveBenchResult | { reason: string }> {
  const missing = missingForBrowser() ?? (fs.existsSync(CLI) ? null : { reason: 'dist/electron/cli/main.js is not built (npm run build)' });
  if (missing) return missing;
  fs.rmSync(workDir, { recursive: true, force: true });
  const folder = path.join(workDir, 'adr');
  const dataDir = path.join(workDir, 'data');
  fs.cpSync(source, folder, { recursive: true });
  const records = fs.readdirSync(folder).filter((name) => name.endsWith('.md')).length;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const host = await startHost(HOST_SCRIPT, dataDir);
  try {
    const { origin, hash } = new URL(host.url);
    const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
    const call = <T>(operation: string, input: unknown) => callHost<T>(origin, token, operation, input);
    await call('setProfile', { name: 'Bench' });
    const workspace = await call<{ id: string }>('createWorkspace', { name: 'Live' });
    await call('importFolder', { workspaceId: workspace.id, folder });

    const file = fs.readdirSync(folder).filter((name) => /^\d/.test(name)).sort()[0] as string;
    const number = Number(TITLE_LINE.exec(fs.readFileSync(path.join(folder, file), 'utf8'))?.[1]);
    const found = await call<{ items: { id: string; number: number }[] }>('searchDecisions', { workspaceId: workspace.id, sort: 'number', order: 'asc', limit: 1 });
    const decision = found.items.find((item) => item.number === number);
    if (!decision) throw new Error(`no decision numbered ${number} after the import`);
    await watcherIsWatching(folder, file, number, async () => (await call<{ title: string }>('getDecision', { id: decision.id })).title);

    const page = await openPage(browser, host.url, `#/decisions/${decision.id}`);
    const edits: number[] = [];
    for (let i = 0; i < DISK_EDITS; i++) {
      const title = `Edited on disk ${i}`;
      const text = fs.readFileSync(path.join(folder, file), 'utf8').replace(TITLE_LINE, `# ${number}. ${title}`);
      const started = performance.now();
      fs.writeFileSync(path.join(folder, file), text);
      await shown(page, 'heading', new RegExp(`^\\d+ ${title}$`));
      edits.push(performance.now() - started);
    }

    await page.goto(`${origin}/#/decisions`);
    const cliNew: number[] = [];
    for (let i = 0; i < CLI_RUNS; i++) {
      const title = `Made with cairn new ${i}`;
      const started = performance.now();
      await runCli(['--data-dir', dataDir, 'new', title]);
      await shown(page, 'link', new RegExp(`^\\d+ ${title}$`));
      cliNew.push(performance.now() - started);
    }
    await page.context().close();

    const sorted = [...edits].sort((a, b) => a - b);
    return {
      records,
      diskEdit: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? 0, samples: sorted.length },
      cliNew: timing(cliNew),
    };
  } finally {
    await stopHost(host.child);
    await browser.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * The host watches a folder linked since it started once its rescan finds it: the timed edits start
 * after one untimed edit has come in, as a person's would (not against the rescan's wait). An edit,
 * not the folder's last-synced time, is the sign: the watcher's first sync may have run during the
 * import already, and then that time does not change again until a file does.
 */
async function watcherIsWatching(folder: string, file: string, number: number, title: () => Promise<string>): Promise<void> {
  const warmUp = 'Warming up the watcher';
  const target = path.join(folder, file);
  fs.writeFileSync(target, fs.readFileSync(target, 'utf8').replace(TITLE_LINE, `# ${number}. ${warmUp}`));
  const until = performance.now() + SHOW_LIMIT_MS;
  while ((await title()) !== warmUp) {
    if (performance.now() > until) throw new Error('the web host did not bring in an edit of the linked folder within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function shown(page: Page, role: 'heading' | 'link', name: RegExp): Promise<void> {
  await page.getByRole('main').getByRole(role, { name }).first().waitFor({ state: 'visible', timeout: SHOW_LIMIT_MS });
}

function runCli(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.CAIRN_DATA_DIR;
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const errors: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`cairn ${args.join(' ')} exited with ${code}\n${errors.join('')}`))));
  });
}
