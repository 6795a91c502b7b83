import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../core/core';
import { corpusFolder } from '../core/testing/corpus-folders';
import { makeTempDir } from '../core/testing/temp-core';

// The CLI bundled where Node finds the project's packages, so a real process can be killed mid-export.
const bundleDir = path.resolve(__dirname, '../../node_modules/.cache/cairn-killed-export');
const bundle = path.join(bundleDir, 'cli.mjs');
let scratch: string;

beforeAll(async () => {
  scratch = makeTempDir();
  await build({
    stdin: { contents: "import { runCli } from './run-cli';\nprocess.exitCode = await runCli(process.argv.slice(2));", resolveDir: __dirname, loader: 'ts' },
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
    banner: { js: "import { createRequire as __cairnCreateRequire } from 'node:module'; const require = __cairnCreateRequire(import.meta.url);" },
  });
}, 60_000);
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.rmSync(bundleDir, { recursive: true, force: true });
});

function runUntilKilled(args: string[], afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('an export killed part way', () => {
  it('leaves every file as either its old or its new version, never a part of one', async () => {
    const dataDir = path.join(scratch, 'data');
    const out = path.join(scratch, 'out');
    const core = await openCore(dataDir);
    const workspace = await core.call('createWorkspace', { name: 'NATS' });
    await core.call('importFolder', { workspaceId: workspace.id, folder: corpusFolder('nats'), preview: false });
    await core.call('exportWorkspace', { workspaceId: workspace.id, folder: out, dialect: null });
    const names = fs.readdirSync(out).filter((name) => name !== 'README.md');
    const before = new Map(names.map((name) => [name, fs.readFileSync(path.join(out, name), 'utf8')]));
    const list = await core.call('searchDecisions', { workspaceId: workspace.id, query: '', statuses: [], tags: [], sort: 'number', order: 'asc', offset: 0, limit: 1000 });
    for (const item of list.items) {
      const decision = await core.call('getDecision', { id: item.id });
      await core.call('updateDecision', { id: item.id, baseRevision: decision.revision, changes: { context: `${decision.context}\n\nRevisited in 2026.`.trim() } });
    }
    core.close();

    const snapshots: { delay: number; files: Map<string, string> }[] = [];
    for (const delay of [60, 120, 180, 240, 320, 400]) {
      await runUntilKilled(['--data-dir', dataDir, 'export', out], delay);
      snapshots.push({ delay, files: new Map(names.map((name) => [name, fs.readFileSync(path.join(out, name), 'utf8')])) });
    }
    await runUntilKilled(['--data-dir', dataDir, 'export', out], 30_000);
    const after = new Map(names.map((name) => [name, fs.readFileSync(path.join(out, name), 'utf8')]));
    for (const name of names) expect(after.get(name)).toContain('Revisited in 2026.');
    for (const { delay, files } of snapshots) {
      for (const [name, text] of files) {
        expect([before.get(name), after.get(name)], `${name} after a kill at ${delay} ms`).toContain(text);
      }
    }
  }, 60_000);
});
