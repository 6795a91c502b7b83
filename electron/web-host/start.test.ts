import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/api-result';
import type { SearchDecisionsOutput } from '../../shared/api/contract';
import { openCore } from '../core/core';
import { copyCorpusFolder } from '../core/testing/corpus-folders';
import { bundleCoreWorker } from '../core/testing/core-worker-bundle';
import { makeTempDir } from '../core/testing/temp-core';

// The web host as a person starts it (its own process, node on the bundled start script), on a data
// directory with a linked folder: an edit made to a file there reaches the database through the
// host's own watcher, as in the app, without anyone asking for a sync.
const repoRoot = path.resolve(__dirname, '../..');
const READY_LINE = /^Cairn web host: (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)$/;
let bundleDir: string;
let startScript: string;
let scratch: string;

beforeAll(async () => {
  // Inside the repo's node_modules, so the bundle's external packages (better-sqlite3, zod …) resolve.
  bundleDir = fs.mkdtempSync(path.join(repoRoot, 'node_modules', '.cache-cairn-web-host-'));
  startScript = path.join(bundleDir, 'web-host', 'start.mjs');
  await build({
    entryPoints: [path.join(__dirname, 'start.ts')],
    outfile: startScript,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cairnCreateRequire } from 'node:module'; const require = __cairnCreateRequire(import.meta.url);" },
  });
  // Where the started host looks for its worker, which runs its imports and syncs.
  await bundleCoreWorker(path.join(bundleDir, 'import-worker.js'));
  scratch = makeTempDir();
}, 60_000);

afterAll(() => {
  fs.rmSync(bundleDir, { recursive: true, force: true });
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** Starts the host and resolves with its origin and token once it prints its address. */
function startHost(dataDir: string): Promise<{ child: ChildProcess; origin: string; token: string }> {
  const env = { ...process.env };
  delete env.CAIRN_DATA_DIR;
  const child = spawn(process.execPath, [startScript, '--data-dir', dataDir, '--port', '0', '--no-open'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The web host exited (code ${code}) before printing its address:\n${output.join('')}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(`${line}\n`);
      const ready = READY_LINE.exec(line.trim());
      if (!ready) return;
      child.removeAllListeners('exit');
      resolve({ child, origin: ready[1]!, token: ready[2]! });
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

describe('the web host process', () => {
  it('syncs a linked folder when a file in it changes, with no sync asked for', { timeout: 60_000 }, async () => {
    const dataDir = path.join(scratch, 'data');
    const folder = copyCorpusFolder('adr-tools', path.join(scratch, 'adr'));
    // The workspace and its linked folder, made before the host starts (as a person who used the app yesterday).
    const setup = await openCore(dataDir);
    const { id: workspaceId } = await setup.call('createWorkspace', { name: 'Platform team' });
    await setup.call('importFolder', { workspaceId, folder, preview: false });
    setup.close();

    const { child, origin, token } = await startHost(dataDir);
    try {
      const rejected = async () => {
        const answer = await fetch(`${origin}/api/searchDecisions`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ workspaceId, statuses: ['rejected'] }),
        });
        const result = (await answer.json()) as ApiResult<SearchDecisionsOutput>;
        if (!result.ok) throw new Error(result.error.message);
        return result.value.items.map((item) => item.title);
      };
      expect(await rejected()).toEqual([]);

      const file = path.join(folder, '0004-markdown-format.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Accepted', 'Rejected'));

      await expect.poll(rejected, { timeout: 20_000 }).toEqual(['Markdown format']);
    } finally {
      await stop(child);
    }
  });
});
