import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { measureProcess, type Measured } from './process-timing';

const CLI = path.resolve('dist/electron/cli/main.js');
const LIMIT_MS = 5 * 60_000;
/** A whole-log command slower than this is not repeated: one run says enough, and the benchmark stays bounded. */
const REPEAT_BELOW_MS = 15_000;

/** The `cairn` command as a whole process, start-up included: what a script or CI job waits for. */
export interface CliBenchResult {
  import: Measured;
  export: Measured;
  noopExport: Measured;
  noopSync: Measured;
  newAndSync: Measured;
  listJson: Measured;
  searchJson: Measured;
  /** `cairn site` into an empty folder: the whole static site. */
  site: Measured;
  /** `cairn site` again over the same data: writes nothing. */
  noopSite: Measured;
  /** `cairn site` after one new decision (made untimed before each run): rewrites only what shows it. */
  siteAfterNew: Measured;
}

/**
 * Imports the folder into a fresh data directory per run (the last one stays for the other commands),
 * then times export, a second (no-op) export, a no-op sync, `new` followed by `sync`, `list --json`,
 * `search --json`, and `site`: a full build, a second (no-op) build, and a build after one new decision.
 */
export async function runCliBench(source: string, workDir: string, runs: number): Promise<CliBenchResult | { reason: string }> {
  if (!fs.existsSync(CLI)) return { reason: 'dist/electron/cli/main.js is not built (npm run build)' };
  fs.mkdirSync(workDir, { recursive: true });
  const node = process.execPath;
  const env = { ...process.env };
  delete env.CAIRN_DATA_DIR;
  const dataDirOf = (run: number) => path.join(workDir, `data-${run}`);
  const syncFolderOf = (run: number) => path.join(workDir, `sync-${run}`);
  const cairn = (dataDir: string, ...args: string[]) => ({ command: node, args: [CLI, '--data-dir', dataDir, ...args], options: { env, timeoutMs: LIMIT_MS } });

  const importResult = await measureProcess(runs, (run) => ({
    ...cairn(dataDirOf(run), 'import', syncFolderOf(run)),
    prepare: () => {
      if (run > 1) {
        fs.rmSync(dataDirOf(run - 1), { recursive: true, force: true });
        fs.rmSync(syncFolderOf(run - 1), { recursive: true, force: true });
      }
      fs.cpSync(source, syncFolderOf(run), { recursive: true });
    },
  }), REPEAT_BELOW_MS);
  if (!importResult.ok) return { reason: `cairn import failed: ${importResult.reason}` };
  const dataDir = dataDirOf(runs);
  const exportDir = (run: number) => path.join(workDir, `export-${run}`);
  const siteDir = (run: number) => path.join(workDir, `site-${run}`);

  const result: CliBenchResult = {
    import: importResult,
    export: await measureProcess(runs, (run) => cairn(dataDir, 'export', exportDir(run)), REPEAT_BELOW_MS),
    noopExport: await measureProcess(runs, () => cairn(dataDir, 'export', exportDir(1))),
    noopSync: await measureProcess(runs, () => cairn(dataDir, 'sync')),
    newAndSync: await measureProcess(runs, (run) => ({
      command: '/bin/sh',
      args: ['-c', `"$0" "$1" --data-dir "$2" new "Benchmark decision ${run}" >/dev/null && "$0" "$1" --data-dir "$2" sync`, node, CLI, dataDir],
      options: { env, timeoutMs: LIMIT_MS },
    })),
    listJson: await measureProcess(runs, () => cairn(dataDir, 'list', '--json')),
    searchJson: await measureProcess(runs, () => cairn(dataDir, 'search', 'payment', 'gateway', '--json')),
    site: await measureProcess(runs, (run) => cairn(dataDir, 'site', siteDir(run)), REPEAT_BELOW_MS),
    noopSite: await measureProcess(runs, () => cairn(dataDir, 'site', siteDir(1))),
    siteAfterNew: await measureProcess(runs, (run) => ({
      ...cairn(dataDir, 'site', siteDir(1)),
      prepare: () => execFileSync(node, [CLI, '--data-dir', dataDir, 'new', `Site benchmark decision ${run}`], { env, stdio: 'ignore', timeout: LIMIT_MS }),
    })),
  };
  fs.rmSync(workDir, { recursive: true, force: true });
  return result;
}
