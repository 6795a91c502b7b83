import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { OperationInput, OperationName, OperationOutput } from '../../shared/api/contract';
import { openCore, type Core } from '../../electron/core/core';
import { folderIndex } from '../../electron/core/sync';
import { percentile, timed, timing, type Timing } from './bench-stats';

type Sample = { ms: number; cpuMs: number };

export interface CairnBenchOptions {
  /** The generated folder; it is copied, never changed. */
  source: string;
  /** Where the runs keep their databases and folders. */
  workDir: string;
  /** How many times each whole-log step (import, export) runs; the quick steps run more often. */
  runs: number;
}

/** What one decision-log size measured in-process, through the same dispatcher every transport uses. */
export interface CairnBenchResult {
  records: number;
  import: Timing;
  export: Timing & { filesWritten: number };
  noopExport: Timing & { filesWritten: number };
  firstSync: Timing & { filesWritten: number };
  noopSync: Timing & { filesWritten: number };
  appEditSync: Timing & { filesWritten: number };
  diskEditSync: Timing & { filesWritten: number };
  /** One file edited on disk, synced as the watcher syncs it: only the changed path is read. */
  liveEditSync: Timing & { filesWritten: number };
  newDecision: Timing & { filesWritten: number };
  indexGeneration: Timing;
  search: { p50: number; p95: number; max: number; cpuP95: number; queries: number; samples: number };
  listFirstPage: Timing & { rows: number };
  facetFilteredPage: Timing & { rows: number };
  openWith50Revisions: Timing & { revisions: number };
  peakRssMb: number;
  /** The peak RSS so far after each phase, to show which one raised it. */
  peakRssAfterMb: Record<string, number>;
  /** The data directory of the last import, kept for the browser run; the caller removes it. */
  dataDir: string;
}

/** Words and phrases a person would type: common and rare terms, two-word queries, names and half-typed words. */
export const SEARCH_QUERIES = [
  'kafka', 'latency', 'postgresql replication', 'replay events', 'payment gateway', 'compliance audit', 'secrets', 'vault',
  'on-call', 'p99', 'availability budget', 'Lovelace', 'Hopper', 'terraform', 'grpc', 'schema change', 'data residency',
  'mobile client', 'regional outage', 'toil', 'kubern', 'observab', 'elastic', 'release cycle', 'hosting', 'deleted on request',
  'throughput', 'sqlite', 'feature flag', 'quarterly sales peak',
];
const SEARCH_ROUNDS = 5;
const QUICK_RUNS = 7;
const MIN_QUICK_RUNS = 3;
const STEP_BUDGET_MS = 20_000;
/** Whole-log steps (import, export) run `runs` times unless the series has already taken this long. */
const WHOLE_LOG_BUDGET_MS = 45_000;

function overBudget(started: number, nextRun: number): boolean {
  return nextRun > 1 && performance.now() - started > WHOLE_LOG_BUDGET_MS;
}

type Call = <K extends OperationName>(operation: K, input: OperationInput<K>) => Promise<OperationOutput<K>>;

function caller(core: Core): Call {
  return async (operation, input) => {
    const result = await core.dispatch(operation, input);
    if (!result.ok) throw new Error(`${operation} failed: ${result.error.message}`);
    return result.value as never;
  };
}

/**
 * Each step (and each run of a whole-log step) starts with the previous one's garbage collected, as
 * in an app that has been idle a moment: otherwise a sync or a search pays for collecting what a
 * 10,000-file import left behind, and the peak RSS adds up the garbage of three imports. The bench
 * runs with --expose-gc (bench.ts); without it this does nothing.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function runCairnBench(options: CairnBenchOptions): Promise<CairnBenchResult> {
  const { source, workDir, runs } = options;
  fs.mkdirSync(workDir, { recursive: true });
  const records = fs.readdirSync(source).filter((name) => name.endsWith('.md')).length;

  // Import: each run into a fresh data directory and a fresh copy of the folder (import links it for sync).
  const importSamples: Sample[] = [];
  let kept: { core: Core; workspaceId: string; syncFolder: string; dataDir: string } | null = null;
  const importStarted = performance.now();
  for (let run = 1; run <= runs && !overBudget(importStarted, run); run++) {
    const dataDir = path.join(workDir, `data-${run}`);
    const syncFolder = path.join(workDir, `sync-${run}`);
    fs.cpSync(source, syncFolder, { recursive: true });
    collectGarbage();
    const core = await openCore(dataDir);
    const call = caller(core);
    const workspace = await call('createWorkspace', { name: 'Bench' });
    const { value: report, ms, cpuMs } = await timed(() => call('importFolder', { workspaceId: workspace.id, folder: syncFolder }));
    if (report.imported !== records) throw new Error(`import read ${report.imported} of ${records} records (${report.skipped} skipped)`);
    importSamples.push({ ms, cpuMs });
    if (kept) discard(kept);
    kept = { core, workspaceId: workspace.id, syncFolder, dataDir };
  }
  const peakRssAfterMb: Record<string, number> = {};
  const notePeak = (phase: string) => {
    peakRssAfterMb[phase] = Math.round(process.resourceUsage().maxRSS / 1024);
  };
  notePeak('import');
  const { core, workspaceId, syncFolder, dataDir } = kept as NonNullable<typeof kept>;
  const call = caller(core);

  const exportSamples: Sample[] = [];
  const noopExportSamples: Sample[] = [];
  let exportWritten = 0;
  let noopExportWritten = 0;
  const exportStarted = performance.now();
  // The folders are deleted after the step, not between its runs: deleting 10,000 files just written
  // made the file system spend seconds of system time on the next run's new files (measured: 0.25 s
  // to 5 s of `sys` for the same 10,000 writes), which is the disk's bookkeeping, not the export's.
  const exportFolders: string[] = [];
  for (let run = 1; run <= runs && !overBudget(exportStarted, run); run++) {
    const folder = path.join(workDir, `export-${run}`);
    exportFolders.push(folder);
    collectGarbage();
    const first = await timed(() => call('exportWorkspace', { workspaceId, folder }));
    exportSamples.push(first);
    exportWritten = first.value.written.length;
    const again = await timed(() => call('exportWorkspace', { workspaceId, folder }));
    noopExportSamples.push(again);
    noopExportWritten = again.value.written.length;
  }
  for (const folder of exportFolders) fs.rmSync(folder, { recursive: true, force: true });

  collectGarbage();
  const syncOnce = async () => {
    const before = folderSnapshot(syncFolder);
    const { ms, cpuMs } = await timed(() => call('syncWorkspace', { workspaceId }));
    return { ms, cpuMs, written: changedFiles(before, folderSnapshot(syncFolder)) };
  };
  notePeak('export');
  const firstSync = await syncOnce();
  notePeak('first sync');

  const noopSync = await repeat(QUICK_RUNS, () => syncOnce());

  const page = await call('searchDecisions', { workspaceId, limit: 1000 });
  const pick = (i: number) => page.items[(i * 97) % page.items.length] as (typeof page.items)[number];
  const appEditSync = await repeat(QUICK_RUNS, async (i) => {
    const decision = await call('getDecision', { id: pick(i).id });
    await call('updateDecision', { id: decision.id, baseRevision: decision.revision, changes: { consequences: `${decision.consequences}\n* Revisited in benchmark run ${i}.` } });
    return syncOnce();
  });

  const diskEditSync = await repeat(QUICK_RUNS, async (i) => {
    const file = fs.readdirSync(syncFolder).filter((name) => /^\d/.test(name)).sort()[(i * 131) % records] as string;
    fs.appendFileSync(path.join(syncFolder, file), `\nA note added by hand in benchmark run ${i}.\n`);
    return syncOnce();
  });

  const liveEditSync = await repeat(QUICK_RUNS, async (i) => {
    const file = fs.readdirSync(syncFolder).filter((name) => /^\d/.test(name)).sort()[(i * 173) % records] as string;
    fs.appendFileSync(path.join(syncFolder, file), `\nA note the watcher saw in benchmark run ${i}.\n`);
    const before = folderSnapshot(syncFolder);
    const { ms, cpuMs } = await timed(() => call('syncWorkspace', { workspaceId, paths: [file] }));
    return { ms, cpuMs, written: changedFiles(before, folderSnapshot(syncFolder)) };
  });

  const newDecision = await repeat(QUICK_RUNS, async (i) => {
    const before = folderSnapshot(syncFolder);
    const { ms, cpuMs } = await timed(async () => {
      await call('createDecision', { workspaceId, content: { title: `Benchmark decision ${i}` } });
      await call('syncWorkspace', { workspaceId });
    });
    return { ms, cpuMs, written: changedFiles(before, folderSnapshot(syncFolder)) };
  });

  notePeak('syncs after edits');
  collectGarbage();
  const indexGeneration = await indexGenerationTiming(core.dbPath, workspaceId, QUICK_RUNS);

  const searchSamples: number[] = [];
  const searchCpu: number[] = [];
  collectGarbage();
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const query of SEARCH_QUERIES) {
      const { ms, cpuMs } = await timed(() => call('searchDecisions', { workspaceId, query, sort: 'relevance', limit: 50 }));
      searchSamples.push(ms);
      searchCpu.push(cpuMs);
    }
  }
  notePeak('search');
  const sortedSearch = [...searchSamples].sort((a, b) => a - b);
  const sortedSearchCpu = [...searchCpu].sort((a, b) => a - b);

  // The renderer's first request: the newest 500 rows with the facet counts.
  const listFirstPage = await repeat(QUICK_RUNS, async () => {
    const { value, ms, cpuMs } = await timed(() => call('searchDecisions', { workspaceId, limit: 500 }));
    return { ms, cpuMs, rows: value.items.length };
  });
  const facetFilteredPage = await repeat(QUICK_RUNS, async () => {
    const { value, ms, cpuMs } = await timed(() => call('searchDecisions', { workspaceId, statuses: ['accepted'], tags: ['security'], limit: 500 }));
    return { ms, cpuMs, rows: value.items.length };
  });

  const revised = pick(999);
  for (let i = 0; i < 50; i++) {
    const decision = await call('getDecision', { id: revised.id });
    await call('updateDecision', { id: revised.id, baseRevision: decision.revision, changes: { context: `${decision.context}\n\nRevision note ${i}.` } });
  }
  // What the decision page asks for: the decision with its links, and its history.
  let revisionCount = 0;
  const openWith50Revisions = await repeat(QUICK_RUNS * 3, async () => {
    const { value, ms, cpuMs } = await timed(() => Promise.all([call('getDecision', { id: revised.id }), call('listRevisions', { decisionId: revised.id })]));
    revisionCount = value[1].length;
    return { ms, cpuMs };
  });

  core.close();
  fs.rmSync(syncFolder, { recursive: true, force: true });
  return {
    records,
    import: toTiming(importSamples),
    export: { ...toTiming(exportSamples), filesWritten: exportWritten },
    noopExport: { ...toTiming(noopExportSamples), filesWritten: noopExportWritten },
    firstSync: { ...toTiming([firstSync]), filesWritten: firstSync.written },
    noopSync: withWritten(noopSync),
    appEditSync: withWritten(appEditSync),
    diskEditSync: withWritten(diskEditSync),
    liveEditSync: withWritten(liveEditSync),
    newDecision: withWritten(newDecision),
    indexGeneration,
    search: { p50: percentile(sortedSearch, 50), p95: percentile(sortedSearch, 95), max: sortedSearch[sortedSearch.length - 1] as number, cpuP95: percentile(sortedSearchCpu, 95), queries: SEARCH_QUERIES.length, samples: searchSamples.length },
    listFirstPage: { ...toTiming(listFirstPage), rows: listFirstPage[0]?.rows ?? 0 },
    facetFilteredPage: { ...toTiming(facetFilteredPage), rows: facetFilteredPage[0]?.rows ?? 0 },
    openWith50Revisions: { ...toTiming(openWith50Revisions), revisions: revisionCount },
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakRssAfterMb,
    dataDir,
  };
}

function discard(run: { core: Core; syncFolder: string; dataDir: string }): void {
  run.core.close();
  fs.rmSync(run.syncFolder, { recursive: true, force: true });
  fs.rmSync(run.dataDir, { recursive: true, force: true });
}

/**
 * Runs a step `times` times, but stops after three once the series has taken `budgetMs`, and at
 * once when it has taken three budgets (a 50,000-record sync): a slow step on a large log still
 * gets measured without making the whole benchmark take far longer.
 */
async function repeat<T>(times: number, fn: (i: number) => Promise<T>, budgetMs = STEP_BUDGET_MS): Promise<T[]> {
  const out: T[] = [];
  const started = performance.now();
  for (let i = 0; i < times; i++) {
    out.push(await fn(i));
    const elapsed = performance.now() - started;
    if ((i + 1 >= MIN_QUICK_RUNS && elapsed > budgetMs) || elapsed > 3 * budgetMs) break;
  }
  return out;
}

function toTiming(samples: readonly Sample[]): Timing {
  return timing(
    samples.map((s) => s.ms),
    samples.map((s) => s.cpuMs),
  );
}

function withWritten(samples: readonly (Sample & { written: number })[]): Timing & { filesWritten: number } {
  return { ...toTiming(samples), filesWritten: Math.max(...samples.map((s) => s.written)) };
}

/**
 * The table of contents on its own, the work `adr generate toc` and `adr-log` do: every decision and
 * its file name from the store, rendered as the index (`cairn toc`). Read on a second connection, as
 * a reader would.
 */
async function indexGenerationTiming(dbPath: string, workspaceId: string, runs: number): Promise<Timing> {
  const db = new Database(dbPath);
  try {
    const samples = await repeat(runs, async () => {
      const { ms, cpuMs } = await timed(() => folderIndex(db, workspaceId));
      return { ms, cpuMs };
    });
    return toTiming(samples);
  } finally {
    db.close();
  }
}

/** Each file's modification time and size, to count what a step wrote without trusting its own report. */
function folderSnapshot(folder: string): Map<string, string> {
  const snapshot = new Map<string, string>();
  for (const name of fs.readdirSync(folder)) {
    const stat = fs.statSync(path.join(folder, name));
    snapshot.set(name, `${stat.mtimeMs}:${stat.size}:${stat.ino}`);
  }
  return snapshot;
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): number {
  let changed = 0;
  for (const [name, state] of after) if (before.get(name) !== state) changed++;
  for (const name of before.keys()) if (!after.has(name)) changed++;
  return changed;
}
