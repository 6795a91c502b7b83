import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { timing, timed, type Timing } from './bench-stats';
import { renderReport, type BenchReport, type SizeResult } from './bench-report';
import { runBrowserBench } from './browser-bench';
import { runCairnBench, type CairnBenchResult } from './cairn-bench';
import { runCliBench } from './cli-bench';
import { runFloorBench } from './floor-bench';
import { runImportLoadBench } from './import-load-bench';
import { runLiveBench } from './live-bench';
import { runPeerBench } from './peer-bench';
import { renderRoomBench, runRoomBench } from './room-bench';
import { renderSyncResponsiveness, runSyncResponsivenessBench } from './sync-responsiveness-bench';
import { renderViewsBench, runViewsBench } from './views-bench';
import { openCore } from '../../electron/core/core';
import { writeSyntheticLog } from './synthetic-folder';
import type { BenchDialect } from './synthetic-log';

const USAGE = `Usage: npm run bench -- [--sizes 1000,10000] [--with-50k] [--runs 3] [--seed 1] [--no-peers] [--no-browser] [--no-cli] [--only views]

Generates seeded decision logs (cached in bench-results/data/), measures Cairn on them in-process,
as the CLI process and in Chromium, runs adr-tools, adr-log and Log4brains and the machine's floors
(cp -r, cat, node -e '', a bare SQLite insert) on the same folders, prints the ratios and one table and writes it to bench-results/bench-<time>.json and bench-results/latest.md.

--only views measures just the graph and timeline pages at each size (a minute, not ten) and prints their table.`;

const RESULTS = path.resolve('bench-results');
/** Bumped when the generator changes what it writes, so cached folders are made again. */
const GENERATOR_VERSION = 1;
const BROWSER_SIZE = 10_000;

interface Options {
  sizes: number[];
  runs: number;
  seed: number;
  peers: boolean;
  browser: boolean;
  cli: boolean;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      'with-50k': { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      'no-peers': { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      'no-cli': { type: 'boolean', default: false },
      worker: { type: 'string' },
      'work-dir': { type: 'string' },
      result: { type: 'string' },
      'import-only': { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const runs = Number(values.runs);
  if (values.worker) return worker(values.worker, values['work-dir'] as string, values.result as string, runs, values['import-only']);

  const sizes = [...new Set([...values.sizes.split(',').map(Number), ...(values['with-50k'] ? [50_000] : [])])].sort((a, b) => a - b);
  if (sizes.some((n) => !Number.isInteger(n) || n < 10)) fail(`--sizes must be whole numbers of at least 10, not "${values.sizes}"`);
  if (!Number.isInteger(runs) || runs < 1 || runs > 20) fail(`--runs must be from 1 to 20, not "${values.runs}"`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not "${values.seed}"`);
  if (values.only !== undefined && values.only !== 'views') fail(`--only takes "views", not "${values.only}"`);
  if (values.only === 'views') return viewsOnly(sizes, runs, seed);
  await orchestrate({ sizes, runs, seed, peers: !values['no-peers'], browser: !values['no-browser'], cli: !values['no-cli'] });
}

async function orchestrate(options: Options): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = os.loadavg();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-bench-'));
  const folders = { nygard: new Map<number, string>(), madr4: new Map<number, string>() };
  for (const size of options.sizes) {
    folders.nygard.set(size, ensureFolder('nygard', size, options.seed));
    folders.madr4.set(size, ensureFolder('madr4', size, options.seed));
  }

  const sizeResults: SizeResult[] = [];
  let browserDataDir: { records: number; dir: string } | null = null;
  try {
    for (const size of options.sizes) {
      log(`${size} records: Cairn in-process`);
      const cairn = runWorker(folders.nygard.get(size) as string, path.join(scratch, `cairn-${size}`), options.runs, false);
      log(`${size} records: Cairn import of the MADR 4 folder`);
      const madr = runWorker(folders.madr4.get(size) as string, path.join(scratch, `madr-${size}`), options.runs, true);
      const madr4Import = 'reason' in madr ? madr : madr.import;
      if ('dataDir' in madr) fs.rmSync(madr.dataDir, { recursive: true, force: true });
      if (!('reason' in cairn)) {
        if (size <= BROWSER_SIZE && (!browserDataDir || size > browserDataDir.records)) {
          if (browserDataDir) fs.rmSync(browserDataDir.dir, { recursive: true, force: true });
          browserDataDir = { records: size, dir: cairn.dataDir };
        } else fs.rmSync(cairn.dataDir, { recursive: true, force: true });
      }
      log(`${size} records: the cairn CLI`);
      const cli = options.cli ? await attempt(() => runCliBench(folders.nygard.get(size) as string, path.join(scratch, `cli-${size}`), options.runs)) : { reason: 'skipped (--no-cli)' };
      log(`${size} records: the floors (cp -r, cat, node -e '', a bare SQLite insert)`);
      const floors = await attempt(() => runFloorBench(folders.nygard.get(size) as string, path.join(scratch, `floors-${size}`), options.runs));
      sizeResults.push({ records: size, cairn, madr4Import, cli, floors });
    }

    log('web host in Chromium');
    const browser: BenchReport['browser'] = !options.browser
      ? { reason: 'skipped (--no-browser)' }
      : browserDataDir
        ? await attempt(() => runBrowserBench((browserDataDir as { dir: string }).dir, options.runs)).then((r) => ('reason' in r ? r : { ...r, records: (browserDataDir as { records: number }).records }))
        : { reason: 'no in-process run succeeded to provide a data directory' };

    const loadSize = browserDataDir?.records;
    log('a folder imported from the UI, with the page asking for search results meanwhile');
    const importLoad: BenchReport['importLoad'] = !options.browser
      ? { reason: 'skipped (--no-browser)' }
      : loadSize === undefined
        ? { reason: 'no log size up to 10,000 was measured' }
        : await attempt(() => runImportLoadBench(folders.nygard.get(loadSize) as string, path.join(scratch, 'import-load')));

    log('live updates: files written on disk and cairn new, to an open page');
    const live: BenchReport['live'] = !options.browser
      ? { reason: 'skipped (--no-browser)' }
      : loadSize === undefined
        ? { reason: 'no log size up to 10,000 was measured' }
        : await attempt(() => runLiveBench(folders.nygard.get(loadSize) as string, path.join(scratch, 'live')));

    log('the room: 30 participants voting, to the facilitator');
    const room = await attempt(() => runRoomBench(path.join(scratch, 'room')));

    log('the web host answering while a sync runs');
    const syncResponsiveness =
      loadSize === undefined ? { reason: 'no log size up to 10,000 was measured' } : await attempt(() => runSyncResponsivenessBench(folders.nygard.get(loadSize) as string, path.join(scratch, 'sync-load')));

    log('the graph and the timeline at each size');
    const views = options.browser ? await viewsAtSizes(folders.nygard, path.join(scratch, 'views'), options.runs) : { reason: 'skipped (--no-browser)' };

    log('peers: adr-tools, adr-log, Log4brains');
    const peerRun = options.peers ? await attempt(() => runPeerBench(folders, path.join(scratch, 'peers'), path.join(RESULTS, 'peers', 'npm'), options.runs)) : [];
    const peers = 'reason' in peerRun ? [] : peerRun;
    if ('reason' in peerRun) log(`peers: ${peerRun.reason}`);

    const report: BenchReport = {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 1024 ** 3),
        node: process.versions.node,
        os: `${os.type()} ${os.release()}`,
        loadAverageAtStart,
      },
      seed: options.seed,
      runs: options.runs,
      sizes: sizeResults,
      browser,
      importLoad,
      live,
      peers,
    };
    const table = `${renderReport(report)}\n\n${renderRoomBench(room)}\n\n${renderSyncResponsiveness(syncResponsiveness)}\n\n${renderViewsBench(views)}`;
    console.log(`\n${table}`);
    const stamp = report.finishedAt.replace(/[:.]/g, '-');
    fs.writeFileSync(path.join(RESULTS, `bench-${stamp}.json`), `${JSON.stringify({ ...report, room, syncResponsiveness, views }, null, 2)}\n`);
    fs.writeFileSync(path.join(RESULTS, 'latest.md'), `${table}\n`);
    console.log(`\nWrote bench-results/bench-${stamp}.json and bench-results/latest.md`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function viewsAtSizes(folders: Map<number, string>, workDir: string, runs: number): ReturnType<typeof runViewsBench> {
  return attempt(() => runViewsBench([...folders].map(([records, folder]) => ({ records, folder })), workDir, runs));
}

/** `--only views`: the graph and timeline pages alone, printed, for working on them without the ten-minute run. */
async function viewsOnly(sizes: number[], runs: number, seed: number): Promise<void> {
  const folders = new Map(sizes.map((size) => [size, ensureFolder('nygard', size, seed)]));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-bench-views-'));
  try {
    console.log(`\n${renderViewsBench(await viewsAtSizes(folders, scratch, runs))}`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The generated folder for a dialect and size, made once per seed and generator version. */
function ensureFolder(dialect: BenchDialect, count: number, seed: number): string {
  const name = `${dialect === 'nygard' ? 'adr-tools' : 'madr4'}-${count}-seed${seed}-v${GENERATOR_VERSION}`;
  const folder = path.join(RESULTS, 'data', name);
  const done = `${folder}.complete`;
  if (fs.existsSync(done)) return folder;
  log(`generating ${name}`);
  fs.rmSync(folder, { recursive: true, force: true });
  writeSyntheticLog(folder, { count, dialect, seed });
  fs.writeFileSync(done, '');
  return folder;
}

/**
 * Runs the in-process measurements in a child process of their own, so each log size starts from a
 * fresh heap and its peak RSS is its own.
 */
function runWorker(source: string, workDir: string, runs: number, importOnly: boolean): CairnBenchResult | { reason: string } {
  const resultFile = `${workDir}.json`;
  // --expose-gc: the run collects the garbage of one step before timing the next (cairn-bench.ts).
  const args = ['--expose-gc', process.argv[1] as string, '--worker', source, '--work-dir', workDir, '--result', resultFile, '--runs', String(runs)];
  if (importOnly) args.push('--import-only');
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0 || !fs.existsSync(resultFile)) return { reason: `the in-process run exited with ${run.status ?? run.signal}` };
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as CairnBenchResult;
}

async function worker(source: string, workDir: string, resultFile: string, runs: number, importOnly: boolean): Promise<void> {
  const result = importOnly ? await importOnlyRun(source, workDir, runs) : await runCairnBench({ source, workDir, runs });
  fs.writeFileSync(resultFile, JSON.stringify(result));
}

/** Import alone, for the second dialect's folder. */
async function importOnlyRun(source: string, workDir: string, runs: number): Promise<{ import: Timing; dataDir: string }> {
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let dataDir = '';
  for (let run = 1; run <= runs; run++) {
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    dataDir = path.join(workDir, `data-${run}`);
    const folder = path.join(workDir, `sync-${run}`);
    fs.cpSync(source, folder, { recursive: true });
    const core = await openCore(dataDir);
    const workspace = await core.call('createWorkspace', { name: 'Bench' });
    const { value, ms, cpuMs } = await timed(() => core.dispatch('importFolder', { workspaceId: workspace.id, folder }));
    if (!value.ok) throw new Error(`import failed: ${value.error.message}`);
    samples.push(ms);
    cpuSamples.push(cpuMs);
    core.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return { import: timing(samples, cpuSamples), dataDir };
}

/** A stage that throws becomes a reason in the report instead of ending the run and losing the rest. */
async function attempt<T extends object>(stage: () => Promise<T | { reason: string }>): Promise<T | { reason: string }> {
  try {
    return await stage();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`failed: ${message}`);
    return { reason: message.split('\n')[0] as string };
  }
}

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
