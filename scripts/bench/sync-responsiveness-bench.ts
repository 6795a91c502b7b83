import fs from 'node:fs';
import path from 'node:path';
import { percentile } from './bench-stats';
import { HOST_SCRIPT, startHost, stopHost } from './browser-bench';
import { callHost } from './import-load-bench';

/** How the web host answered one cheap request while a sync ran, against the same request while idle. */
export interface SyncLoadCase {
  what: string;
  /** From asking for the sync to its answer. */
  syncMs: number;
  idle: { p50: number; samples: number };
  during: { p50: number; max: number; samples: number };
  /** The slowest answer during the sync over the idle median: 1 is "as if nothing ran". */
  ratio: number;
}

export interface SyncResponsivenessResult {
  cases: SyncLoadCase[];
}

/** Front-matter keys in the large file: issue 21 saw 18 s of silence for 88k keys in 968 KB. */
const LARGE_FILE_KEYS = 60_000;
const IDLE_SAMPLES = 30;

/**
 * Issue 21, point 5: the web host keeps answering while a sync runs, for a folder of many records and
 * for one enormous file. Measured over HTTP against the built host: `listWorkspaces` (a read that
 * costs well under a millisecond) every ~20 ms while the sync runs, against the same read when idle.
 */
export async function runSyncResponsivenessBench(source: string, workDir: string): Promise<SyncResponsivenessResult | { reason: string }> {
  if (!fs.existsSync(HOST_SCRIPT)) return { reason: 'dist/ is not built (npm run build)' };
  fs.rmSync(workDir, { recursive: true, force: true });
  const records = path.join(workDir, 'records');
  fs.cpSync(source, records, { recursive: true });
  const large = path.join(workDir, 'large');
  fs.mkdirSync(large, { recursive: true });
  fs.writeFileSync(path.join(large, '0001-many-keys.md'), largeFrontMatterFile(LARGE_FILE_KEYS));
  const count = fs.readdirSync(records).filter((name) => name.endsWith('.md')).length;

  const host = await startHost(HOST_SCRIPT, path.join(workDir, 'data'));
  try {
    const { origin, hash } = new URL(host.url);
    const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
    const api = <T>(operation: string, input: unknown) => callHost<T>(origin, token, operation, input);
    await api('setProfile', { name: 'Bench' });
    const cases: SyncLoadCase[] = [];
    for (const [what, folder] of [
      [`first sync of ${count.toLocaleString('en')} records`, records],
      [`one file with ${LARGE_FILE_KEYS.toLocaleString('en')} front-matter keys`, large],
    ] as const) {
      const workspace = await api<{ id: string }>('createWorkspace', { name: what });
      await api('linkSyncFolder', { workspaceId: workspace.id, path: folder, dialect: 'nygard' });
      cases.push(await measure(what, () => api('syncWorkspace', { workspaceId: workspace.id }), () => api('listWorkspaces', {})));
    }
    return { cases };
  } finally {
    await stopHost(host.child);
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

async function measure(what: string, sync: () => Promise<unknown>, probe: () => Promise<unknown>): Promise<SyncLoadCase> {
  const answerTime = async () => {
    const asked = performance.now();
    await probe();
    return performance.now() - asked;
  };
  const idle: number[] = [];
  for (let i = 0; i < IDLE_SAMPLES; i++) idle.push(await answerTime());
  const during: number[] = [];
  let running = true;
  const started = performance.now();
  const synced = sync().finally(() => (running = false));
  while (running) {
    during.push(await answerTime());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await synced;
  const syncMs = performance.now() - started;
  const idleSorted = idle.sort((a, b) => a - b);
  const duringSorted = during.sort((a, b) => a - b);
  const max = duringSorted[duringSorted.length - 1] ?? 0;
  const idleP50 = percentile(idleSorted, 50);
  return {
    what,
    syncMs,
    idle: { p50: idleP50, samples: idle.length },
    during: { p50: during.length > 0 ? percentile(duringSorted, 50) : 0, max, samples: during.length },
    ratio: idleP50 > 0 ? max / idleP50 : 0,
  };
}

/** A Nygard record whose YAML front matter holds `keys` keys, under the 1 MB a record file may have. */
function largeFrontMatterFile(keys: number): string {
  const lines = ['---', ...Array.from({ length: keys }, (_, i) => `k${i}: v`), '---', '# 1. Many keys', '', 'Date: 2026-01-01', '', '## Status', '', 'Accepted', ''];
  return lines.join('\n');
}

export function renderSyncResponsiveness(result: SyncResponsivenessResult | { reason: string }): string {
  if ('reason' in result) return `Web host during a sync: not measured — ${result.reason}`;
  const ms = (value: number) => `${Math.round(value)} ms`;
  return [
    '| Web host during a sync (listWorkspaces over HTTP every ~20 ms) | sync took | idle p50 | during p50 / max | max ÷ idle | target |',
    '| --- | --- | --- | --- | --- | --- |',
    ...result.cases.map(
      (c) => `| ${c.what} | ${ms(c.syncMs)} | ${c.idle.p50.toFixed(1)} ms | ${c.during.p50.toFixed(1)} ms / ${ms(c.during.max)} (${c.during.samples} answers) | ${c.ratio.toFixed(1)}× | max within 100 ms |`,
    ),
  ].join('\n');
}
