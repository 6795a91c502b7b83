import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { measureProcess, type Measured } from './process-timing';

/** The npm peers, at the versions the benchmark was written against; installed once into the cache. */
export const NPM_PEERS = { 'adr-log': '2.2.0', log4brains: '1.1.0' } as const;

const MINUTE = 60_000;

export interface PeerFolders {
  /** adr-tools (Nygard) folders by size. */
  nygard: Map<number, string>;
  /** MADR 4 folders by size. */
  madr4: Map<number, string>;
}

/** One peer command on one folder, or why it could not run. */
export interface PeerMeasurement {
  peer: string;
  command: string;
  records: number;
  result: Measured;
}

/**
 * Installs the npm peers into `cacheDir` with `npm install --ignore-scripts` (once; later runs reuse
 * them). Returns the folder holding their `node_modules/.bin`, or why the install failed.
 */
export function installNpmPeers(cacheDir: string): { binDir: string } | { reason: string } {
  const binDir = path.join(cacheDir, 'node_modules', '.bin');
  const wanted = Object.entries(NPM_PEERS).map(([name, version]) => `${name}@${version}`);
  const installed = Object.entries(NPM_PEERS).every(([name, version]) => installedVersion(cacheDir, name) === version);
  if (installed) return { binDir };
  fs.mkdirSync(cacheDir, { recursive: true });
  try {
    execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save', '--prefix', cacheDir, ...wanted], { stdio: 'pipe', timeout: 10 * MINUTE });
    return { binDir };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { reason: `npm install of ${wanted.join(', ')} failed: ${detail}` };
  }
}

function installedVersion(cacheDir: string, name: string): string | null {
  try {
    return (JSON.parse(fs.readFileSync(path.join(cacheDir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

function adrToolsPath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'adr');
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** A scratch project whose `doc/adr` is a copy of the folder, as adr-tools expects to find it. */
function adrToolsProject(workDir: string, name: string, source: string): string {
  const project = path.join(workDir, name);
  fs.rmSync(project, { recursive: true, force: true });
  fs.cpSync(source, path.join(project, 'doc', 'adr'), { recursive: true });
  return project;
}

/**
 * The peers' own commands on the same generated folders: adr-tools (`adr list`, `adr new`, and
 * `adr generate toc` on the smallest folder only, since it starts several processes per record),
 * `adr-log -d` for its table of contents, and Log4brains (`adr list` in a git repository with one
 * commit, and `build` of its static site) on the smallest MADR 4 folder, because it reads the git
 * history of every file.
 */
export async function runPeerBench(folders: PeerFolders, workDir: string, cacheDir: string, runs: number): Promise<PeerMeasurement[]> {
  const out: PeerMeasurement[] = [];
  const sizes = [...folders.nygard.keys()].sort((a, b) => a - b);
  const smallest = sizes[0] as number;
  const adr = adrToolsPath();
  const quiet = { ...process.env, EDITOR: 'true', VISUAL: 'true' };
  fs.mkdirSync(workDir, { recursive: true });

  for (const size of sizes) {
    const source = folders.nygard.get(size) as string;
    if (!adr) {
      out.push({ peer: 'adr-tools', command: 'adr list', records: size, result: { ok: false, reason: 'adr-tools is not installed (Debian package adr-tools)' } });
      continue;
    }
    const project = adrToolsProject(workDir, `adr-tools-${size}`, source);
    out.push({ peer: 'adr-tools', command: 'adr list', records: size, result: await measureProcess(runs, () => ({ command: adr, args: ['list'], options: { cwd: project, env: quiet, timeoutMs: 5 * MINUTE } })) });
    out.push({
      peer: 'adr-tools',
      command: 'adr new',
      records: size,
      result: await measureProcess(runs, (run) => ({ command: adr, args: ['new', `Benchmark decision ${run}`], options: { cwd: project, env: quiet, timeoutMs: 5 * MINUTE } })),
    });
    if (size === smallest) {
      out.push({
        peer: 'adr-tools',
        command: 'adr generate toc',
        records: size,
        result: await measureProcess(runs, () => ({ command: adr, args: ['generate', 'toc'], options: { cwd: project, env: quiet, timeoutMs: 5 * MINUTE } }), 30_000),
      });
    }
    fs.rmSync(project, { recursive: true, force: true });
  }

  const installed = installNpmPeers(cacheDir);
  for (const size of sizes) {
    const folder = folders.nygard.get(size) as string;
    const result: Measured =
      'reason' in installed
        ? { ok: false, reason: installed.reason }
        : await measureProcess(runs, () => ({ command: path.join(installed.binDir, 'adr-log'), args: ['-d', folder], options: { env: process.env, timeoutMs: 5 * MINUTE } }), 60_000);
    out.push({ peer: 'adr-log', command: 'adr-log -d', records: size, result });
  }

  const l4bSize = [...folders.madr4.keys()].sort((a, b) => a - b)[0];
  if (l4bSize !== undefined) out.push(...(await log4brains(folders.madr4.get(l4bSize) as string, l4bSize, workDir, installed, runs)));
  return out;
}

async function log4brains(source: string, size: number, workDir: string, installed: { binDir: string } | { reason: string }, runs: number): Promise<PeerMeasurement[]> {
  const row = (command: string, result: Measured): PeerMeasurement => ({ peer: 'Log4brains', command, records: size, result });
  if ('reason' in installed) return [row('log4brains adr list', { ok: false, reason: installed.reason }), row('log4brains build', { ok: false, reason: installed.reason })];
  const project = path.join(workDir, `log4brains-${size}`);
  fs.rmSync(project, { recursive: true, force: true });
  fs.cpSync(source, path.join(project, 'docs', 'adr'), { recursive: true });
  fs.writeFileSync(path.join(project, '.log4brains.yml'), 'project:\n  name: Benchmark\n  tz: Etc/UTC\n  adrFolder: ./docs/adr\n');
  // Log4brains reads each record's dates and authors from git, so it needs a repository with a commit.
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: project, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'Decision log');
  const bin = path.join(installed.binDir, 'log4brains');
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const list = await measureProcess(runs, () => ({ command: bin, args: ['adr', 'list'], options: { cwd: project, env, timeoutMs: 5 * MINUTE } }), 20_000);
  const build = await measureProcess(1, () => ({ command: bin, args: ['build', '--out', path.join(project, 'site')], options: { cwd: project, env, timeoutMs: 4 * MINUTE } }));
  fs.rmSync(project, { recursive: true, force: true });
  return [row('log4brains adr list', list), row('log4brains build', build)];
}
