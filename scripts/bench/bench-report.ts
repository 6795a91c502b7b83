import type { Timing } from './bench-stats';
import type { BrowserBenchResult } from './browser-bench';
import type { CairnBenchResult } from './cairn-bench';
import type { CliBenchResult } from './cli-bench';
import type { FloorBenchResult } from './floor-bench';
import { renderRatioTable, type RatioRow } from './bench-ratios';
import { renderScalingTable, type ScalingRow } from './bench-scaling';
import type { ImportLoadResult } from './import-load-bench';
import type { LiveBenchResult } from './live-bench';
import type { PeerMeasurement } from './peer-bench';
import type { Measured } from './process-timing';

export interface SizeResult {
  records: number;
  cairn: CairnBenchResult | { reason: string };
  madr4Import: Timing | { reason: string };
  cli: CliBenchResult | { reason: string };
  /** The floors of this machine on the same (adr-tools) folder, measured in the same run. */
  floors: FloorBenchResult | { reason: string };
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; os: string; loadAverageAtStart: number[] };
  seed: number;
  runs: number;
  sizes: SizeResult[];
  /** The browser run, on the 10,000-record log (or the largest below it). */
  browser: (BrowserBenchResult & { records: number }) | { reason: string };
  /** A folder of that size imported from the UI of a fresh web host, with the page asking for search results meanwhile. */
  importLoad: ImportLoadResult | { reason: string };
  /** Changes reaching an open page: a file written in the linked folder, a `cairn new` beside the host. */
  live: LiveBenchResult | { reason: string };
  peers: PeerMeasurement[];
}

type Cell = string;
type Row = { label: string; cells: Cell[]; target: string };

/** The whole report as Markdown tables: Cairn by size with the targets, then the peers side by side. */
export function renderReport(report: BenchReport): string {
  const m = report.machine;
  const header = [
    `Cairn benchmark — ${report.finishedAt.slice(0, 16).replace('T', ' ')} UTC`,
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}; load average at start ${m.loadAverageAtStart.map((l) => l.toFixed(1)).join(' / ')}.`,
    `Wall-clock median of ${report.runs} runs for whole-log steps (up to 7 for quick steps) with (min–max; CPU time of the process where measured in-process); seed ${report.seed}; adr-tools (Nygard) folders.`,
  ];
  return [header.join('\n\n'), '', renderRatios(report), '', renderScaling(report), '', renderCairnTable(report), '', renderBrowser(report.browser), '', renderImportLoad(report.importLoad), '', renderLive(report.live), '', renderPeers(report)].join('\n');
}

function renderCairnTable(report: BenchReport): string {
  const sizes = report.sizes;
  const target10k = (target: string) => target;
  const rows: Row[] = [];
  const add = (label: string, target: string, cell: (size: SizeResult) => Cell) => rows.push({ label, cells: sizes.map(cell), target: target10k(target) });
  const inProcess = (pick: (r: CairnBenchResult) => Timing, extra?: (r: CairnBenchResult) => string) => (size: SizeResult) =>
    'reason' in size.cairn ? 'n/a' : `${formatTiming(pick(size.cairn))}${extra ? extra(size.cairn) : ''}`;
  const cli = (pick: (r: CliBenchResult) => Measured) => (size: SizeResult) => ('reason' in size.cli ? 'n/a' : formatMeasured(pick(size.cli)));
  const written = (n: number) => `, ${n} file${n === 1 ? '' : 's'} written`;

  add('import into an empty workspace', '≤ 2 s', inProcess((r) => r.import));
  add('import, MADR 4 folder', '≤ 2 s', (size) => ('reason' in size.madr4Import ? 'n/a' : formatTiming(size.madr4Import)));
  add('full export (new folder)', '≤ 2 s', inProcess((r) => r.export, (r) => written(r.export.filesWritten)));
  add('export again (nothing changed)', '≤ 0.3 s', inProcess((r) => r.noopExport, (r) => written(r.noopExport.filesWritten)));
  add('first sync after import', '—', inProcess((r) => r.firstSync, (r) => written(r.firstSync.filesWritten)));
  add('no-op sync', '≤ 0.3 s', inProcess((r) => r.noopSync, (r) => written(r.noopSync.filesWritten)));
  add('sync after one edit in the app', '≤ 50 ms, ≤ 2 files', inProcess((r) => r.appEditSync, (r) => written(r.appEditSync.filesWritten)));
  add('sync after one edit on disk', '≤ 50 ms', inProcess((r) => r.diskEditSync, (r) => written(r.diskEditSync.filesWritten)));
  add('live sync of one edit on disk (the changed path only)', '≤ 20 ms', inProcess((r) => r.liveEditSync, (r) => written(r.liveEditSync.filesWritten)));
  add('new decision + sync', '—', inProcess((r) => r.newDecision, (r) => written(r.newDecision.filesWritten)));
  add('index (table of contents) generation', '—', inProcess((r) => r.indexGeneration));
  add('FTS search p50 / p95 (top 50)', 'p95 ≤ 10 ms', (size) =>
    'reason' in size.cairn ? 'n/a' : `${formatMs(size.cairn.search.p50)} / ${formatMs(size.cairn.search.p95)} (CPU p95 ${formatMs(size.cairn.search.cpuP95)}; ${size.cairn.search.queries} queries × ${size.cairn.search.samples / size.cairn.search.queries})`,
  );
  add('list first page (500 rows + facets)', '—', inProcess((r) => r.listFirstPage));
  add('facet-filtered page (status + tag)', '—', inProcess((r) => r.facetFilteredPage, (r) => `, ${r.facetFilteredPage.rows} rows`));
  add('open a decision with 50 revisions', '—', inProcess((r) => r.openWith50Revisions, (r) => `, ${r.openWith50Revisions.revisions} revisions listed`));
  add('peak RSS of the in-process run', '≤ 300 MB', (size) => {
    if ('reason' in size.cairn) return 'n/a';
    const phases = Object.entries(size.cairn.peakRssAfterMb ?? {}).map(([phase, mb]) => `${phase} ${mb}`);
    return `${size.cairn.peakRssMb.toFixed(0)} MB${phases.length > 0 ? ` (peak so far after ${phases.join(', ')})` : ''}`;
  });
  add('CLI `cairn import` (whole process)', '≤ 2 s', cli((r) => r.import));
  add('CLI `cairn export`', '≤ 2 s', cli((r) => r.export));
  add('CLI `cairn export` again (no-op)', '≤ 0.3 s', cli((r) => r.noopExport));
  add('CLI `cairn sync` (no-op)', '≤ 0.3 s', cli((r) => r.noopSync));
  add('CLI `cairn new` + `cairn sync`', '—', cli((r) => r.newAndSync));
  add('CLI `cairn list --json`', '≤ 0.3 s', cli((r) => r.listJson));
  add('CLI `cairn search … --json`', '—', cli((r) => r.searchJson));
  add('CLI `cairn site` (static site, full build)', '—', cli((r) => r.site));
  add('CLI `cairn site` again (no-op)', '—', cli((r) => r.noopSite));
  add('CLI `cairn site` after one new decision', '—', cli((r) => r.siteAfterNew));

  const failures = sizes.flatMap((s) => [s.cairn, s.cli, s.madr4Import].filter((x): x is { reason: string } => 'reason' in x).map((x) => `${s.records} records: ${x.reason}`));
  const head = `| Cairn | ${sizes.map((s) => `${s.records.toLocaleString('en')} records`).join(' | ')} | target at 10,000 |`;
  const rule = `|---|${sizes.map(() => '---').join('|')}|---|`;
  const body = rows.map((row) => `| ${row.label} | ${row.cells.join(' | ')} | ${row.target} |`);
  return [head, rule, ...body, ...failures.map((f) => `\nNot measured: ${f}`)].join('\n');
}

/**
 * Every whole-log step beside what bounds it on this machine in this run: the floors (`cp -r`, `cat`,
 * `node -e ''`, a bare SQLite insert) and the peers doing the same reading (`adr-log -d`, `adr list`).
 */
export function ratioRows(report: BenchReport): RatioRow[] {
  const rows: RatioRow[] = [];
  const peer = (command: string, records: number): number | null => {
    const found = report.peers.find((p) => p.command === command && p.records === records);
    return found?.result.ok ? found.result.timing.median : null;
  };
  for (const size of report.sizes) {
    const n = size.records;
    const cairn = 'reason' in size.cairn ? null : size.cairn;
    const cli = 'reason' in size.cli ? null : size.cli;
    const floors = 'reason' in size.floors ? null : size.floors;
    const floor = (pick: (f: FloorBenchResult) => Measured) => {
      const measured = floors ? pick(floors) : null;
      return measured?.ok ? measured.timing.median : null;
    };
    const cliMs = (pick: (r: CliBenchResult) => Measured) => {
      const measured = cli ? pick(cli) : null;
      return measured?.ok ? measured.timing.median : null;
    };
    const madr4 = 'reason' in size.madr4Import ? null : size.madr4Import.median;
    const add = (work: string, value: number | null, bound: string, boundValue: number | null, target: number | null, unit: RatioRow['unit'] = 'ms') =>
      rows.push({ work, records: n, cairn: value, bound, boundValue, unit, target });
    // The 50,000-record run has targets of its own (issue 25): a little more room for deeper B-trees.
    const at50k = n >= 50_000;
    add('import (adr-tools folder)', cairn?.import.median ?? null, '`adr-log -d` on the folder (reads every file)', peer('adr-log -d', n), at50k ? 3 : 2);
    add('import (adr-tools folder)', cairn?.import.median ?? null, '`cat` of every file (reading them)', floor((f) => f.readAll), null);
    add('import (adr-tools folder)', cairn?.import.median ?? null, 'SQLite inserting every file as a row, one transaction, no FTS (storing them)', floor((f) => f.sqliteInsert), null);
    add('import (MADR 4 folder)', madr4, '`adr-log -d` on the adr-tools folder', peer('adr-log -d', n), 3);
    add('full export, new folder', cairn?.export.median ?? null, '`cp -r` of the folder (reads and writes every file)', floor((f) => f.copy), 1);
    add('export again, nothing changed', cairn?.noopExport.median ?? null, 'the full export', cairn?.export.median ?? null, 0.1);
    add('first sync after import', cairn?.firstSync.median ?? null, '`cat` of every file (reading them)', floor((f) => f.readAll), null);
    add('no-op sync', cairn?.noopSync.median ?? null, 'the full export', cairn?.export.median ?? null, 0.1);
    add('FTS search p95 (top 50)', cairn?.search.p95 ?? null, '—', null, at50k ? 20 : 10);
    add('list first page (500 rows + facets)', cairn?.listFirstPage.median ?? null, '—', null, at50k ? 10 : null);
    add('peak RSS, in-process run', cairn?.peakRssMb ?? null, '—', null, at50k ? 400 : 300, 'MB');
    const nodeStart = "`node -e ''` (a bare Node start)";
    add('CLI `cairn import`', cliMs((r) => r.import), '`adr-log -d` on the folder', peer('adr-log -d', n), null);
    add('CLI `cairn export`', cliMs((r) => r.export), '`cp -r` of the folder (reads and writes every file)', floor((f) => f.copy), null);
    add('CLI `cairn export` again (no-op)', cliMs((r) => r.noopExport), 'CLI `cairn export`', cliMs((r) => r.export), null);
    add('CLI `cairn sync` (no-op)', cliMs((r) => r.noopSync), nodeStart, floor((f) => f.nodeStart), null);
    add('CLI `cairn new` + `cairn sync`', cliMs((r) => r.newAndSync), `${nodeStart}, once for each of the two commands`, twice(floor((f) => f.nodeStart)), null);
    add('CLI `cairn list --json`', cliMs((r) => r.listJson), '`adr list` (adr-tools)', peer('adr list', n), 3);
    add('CLI `cairn list --json`', cliMs((r) => r.listJson), nodeStart, floor((f) => f.nodeStart), null);
    add('CLI `cairn search … --json`', cliMs((r) => r.searchJson), nodeStart, floor((f) => f.nodeStart), null);
    add('CLI `cairn site` (full build)', cliMs((r) => r.site), '`cp -r` of the folder (reads and writes every file)', floor((f) => f.copy), null);
    add('CLI `cairn site` again (no-op)', cliMs((r) => r.noopSite), 'CLI `cairn site` (full build)', cliMs((r) => r.site), null);
  }
  return rows;
}

/** Two starts of a process, for a row that runs two commands one after the other. */
function twice(ms: number | null): number | null {
  return ms === null ? null : 2 * ms;
}

function renderRatios(report: BenchReport): string {
  const targetsAt = 'Targets hold at 10,000 records (and at 50,000 their own: import ≤ 3×, search p95 ≤ 20 ms, first list page ≤ 10 ms, peak RSS ≤ 400 MB); the smaller sizes show how each ratio moves with the data.';
  return [renderRatioTable(ratioRows(report), (value, unit) => (unit === 'MB' ? `${value.toFixed(0)} MB` : formatMs(value))), '', targetsAt].join('\n');
}

/** Each whole-log step at every size of the run (wall medians), and how much it grew from one size to the next. */
export function scalingRows(report: BenchReport): ScalingRow[] {
  const inProcess = (step: string, pick: (r: CairnBenchResult) => number, unit: ScalingRow['unit'] = 'ms'): ScalingRow => ({
    step,
    unit,
    values: report.sizes.map((size) => ('reason' in size.cairn ? null : pick(size.cairn))),
  });
  const cli = (step: string, pick: (r: CliBenchResult) => Measured): ScalingRow => ({
    step,
    unit: 'ms',
    values: report.sizes.map((size) => {
      const measured = 'reason' in size.cli ? null : pick(size.cli);
      return measured?.ok ? measured.timing.median : null;
    }),
  });
  return [
    inProcess('import (adr-tools folder)', (r) => r.import.median),
    { step: 'import (MADR 4 folder)', unit: 'ms', values: report.sizes.map((size) => ('reason' in size.madr4Import ? null : size.madr4Import.median)) },
    inProcess('full export, new folder', (r) => r.export.median),
    inProcess('export again, nothing changed', (r) => r.noopExport.median),
    inProcess('first sync after import', (r) => r.firstSync.median),
    inProcess('no-op sync', (r) => r.noopSync.median),
    inProcess('sync after one edit in the app', (r) => r.appEditSync.median),
    inProcess('sync after one edit on disk', (r) => r.diskEditSync.median),
    inProcess('live sync of one edit on disk', (r) => r.liveEditSync.median),
    inProcess('index generation', (r) => r.indexGeneration.median),
    inProcess('FTS search p95 (top 50)', (r) => r.search.p95),
    inProcess('list first page (500 rows + facets)', (r) => r.listFirstPage.median),
    inProcess('open a decision with 50 revisions', (r) => r.openWith50Revisions.median),
    inProcess('peak RSS of the in-process run', (r) => r.peakRssMb, 'MB'),
    cli('CLI `cairn list --json`', (r) => r.listJson),
    cli('CLI `cairn site` after one new decision', (r) => r.siteAfterNew),
  ];
}

function renderScaling(report: BenchReport): string {
  if (report.sizes.length < 2) return 'Scaling: one size only in this run.';
  const table = renderScalingTable(
    report.sizes.map((s) => s.records),
    scalingRows(report),
    (value, unit) => (unit === 'MB' ? `${value.toFixed(0)} MB` : formatMs(value)),
  );
  return `How each step grows with the log (wall medians; \`--with-50k\` adds the 50,000 column):\n\n${table}`;
}

function renderBrowser(browser: BenchReport['browser']): string {
  if ('reason' in browser) return `Browser (web host): not measured — ${browser.reason}`;
  return [
    `| Web host in Chromium, ${browser.records.toLocaleString('en')} decisions | result | target |`,
    '|---|---|---|',
    `| cold start: host process to its address | ${formatTiming(browser.hostReady)} | — |`,
    `| cold start: host process to first rendered rows | ${formatTiming(browser.firstRows)} | ≤ 1.5 s |`,
    `| most list rows in the DOM while scrolling to the end | ${browser.maxRowsInDom} (${browser.rowsLoadedAtEnd.toLocaleString('en')} rows reached in ${browser.scrollSteps} steps; at most ${browser.maxElementsInDom.toLocaleString('en')} elements on the page) | < 200 |`,
    `| peak RSS of the web host | ${browser.hostPeakRssMb === null ? 'n/a' : `${browser.hostPeakRssMb.toFixed(0)} MB`} | ≤ 300 MB |`,
  ].join('\n');
}

function renderImportLoad(load: BenchReport['importLoad']): string {
  if ('reason' in load) return `Import from the UI under load: not measured — ${load.reason}`;
  return [
    `| A ${load.records.toLocaleString('en')}-file import from the UI (web host in Chromium) | result | target |`,
    '|---|---|---|',
    `| preview and import, from the click to "Imported" on the page | ${formatMs(load.previewAndImportMs)} | — |`,
    `| a search asked from the page every 100 ms meanwhile: answered in p50 / p95 / max | ${formatMs(load.answer.p50)} / ${formatMs(load.answer.p95)} / ${formatMs(load.answer.max)} (${load.answer.samples} asks; the slowest while the page showed “${load.slowestDuring}”) | within 100 ms |`,
    `| the page's own thread held up at most | ${formatMs(load.pageDelayMaxMs)} | within 100 ms |`,
    `| peak RSS of the web host, its import worker included | ${load.hostPeakRssMb === null ? 'n/a' : `${load.hostPeakRssMb.toFixed(0)} MB`} | ≤ 300 MB |`,
  ].join('\n');
}

function renderLive(live: BenchReport['live']): string {
  if ('reason' in live) return `Live updates: not measured — ${live.reason}`;
  return [
    `| Live updates, web host in Chromium, ${live.records.toLocaleString('en')} decisions | result | target |`,
    '|---|---|---|',
    `| a file written in the linked folder to the open decision showing it: p50 / p95 / max over ${live.diskEdit.samples} edits | ${formatMs(live.diskEdit.p50)} / ${formatMs(live.diskEdit.p95)} / ${formatMs(live.diskEdit.max)} | within 2 s |`,
    `| \`cairn new\` (the whole process) to the open list showing it | ${formatTiming(live.cliNew)} | within 1 s of its commit |`,
  ].join('\n');
}

interface PeerComparison {
  peer: PeerMeasurement;
  cairnLabel: string;
  cairn: Timing | null;
}

function renderPeers(report: BenchReport): string {
  const bySize = new Map(report.sizes.map((s) => [s.records, s]));
  const cliTiming = (records: number, pick: (r: CliBenchResult) => Measured): Timing | null => {
    const cli = bySize.get(records)?.cli;
    if (!cli || 'reason' in cli) return null;
    const measured = pick(cli);
    return measured.ok ? measured.timing : null;
  };
  const inProcess = (records: number, pick: (r: CairnBenchResult) => Timing): Timing | null => {
    const cairn = bySize.get(records)?.cairn;
    return cairn && !('reason' in cairn) ? pick(cairn) : null;
  };
  const comparisons: PeerComparison[] = report.peers.flatMap((peer): PeerComparison[] => {
    const n = peer.records;
    switch (peer.command) {
      case 'adr list':
      case 'log4brains adr list':
        return [{ peer, cairnLabel: '`cairn list --json` (process)', cairn: cliTiming(n, (r) => r.listJson) }];
      case 'adr new':
        return [{ peer, cairnLabel: '`cairn new` + `cairn sync` (2 processes)', cairn: cliTiming(n, (r) => r.newAndSync) }];
      case 'adr generate toc':
        return [{ peer, cairnLabel: 'index generation (in-process)', cairn: inProcess(n, (r) => r.indexGeneration) }];
      case 'adr-log -d':
        return [
          { peer, cairnLabel: '`cairn import` (process: parse and store everything)', cairn: cliTiming(n, (r) => r.import) },
          { peer, cairnLabel: 'index generation (in-process)', cairn: inProcess(n, (r) => r.indexGeneration) },
        ];
      case 'log4brains build':
        return [
          { peer, cairnLabel: '`cairn site` (process; the static site: pages, search index, graph, timeline)', cairn: cliTiming(n, (r) => r.site) },
          { peer, cairnLabel: '`cairn site` after one new decision (process; incremental)', cairn: cliTiming(n, (r) => r.siteAfterNew) },
        ];
      default:
        return [];
    }
  });
  const head = '| Peer command | records | peer | Cairn counterpart | Cairn | Cairn is |';
  const rule = '|---|---|---|---|---|---|';
  const body = comparisons.map(({ peer, cairnLabel, cairn }) => {
    const peerCell = peer.result.ok ? formatTiming(peer.result.timing) : `could not run: ${peer.result.reason}`;
    const ratio = peer.result.ok && cairn ? formatRatio(peer.result.timing.median / cairn.median) : '—';
    return `| ${peer.peer} \`${peer.command}\` | ${peer.records.toLocaleString('en')} | ${peerCell} | ${cairnLabel} | ${cairn ? formatTiming(cairn) : 'n/a'} | ${ratio} |`;
  });
  return [head, rule, ...body].join('\n');
}

function formatRatio(ratio: number): string {
  if (ratio >= 1) return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}× faster`;
  const inverse = 1 / ratio;
  return `${inverse >= 10 ? inverse.toFixed(0) : inverse.toFixed(1)}× slower`;
}

function formatMeasured(measured: Measured): string {
  return measured.ok ? formatTiming(measured.timing) : `failed: ${measured.reason}`;
}

export function formatTiming(t: Timing): string {
  const spread = t.runs === 1 ? '1 run' : `${formatMs(t.min)}–${formatMs(t.max)}`;
  const cpu = t.cpuMedian === undefined ? '' : `; CPU ${formatMs(t.cpuMedian)}`;
  return `${formatMs(t.median)} (${spread}${cpu})`;
}

export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}
