import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { build } from 'esbuild';
import { expect } from 'vitest';
import { openCore, type Core } from '../core';
import { call } from './call';
import type { CrashAck } from './crash-writer';

// What the crash-safety test and the soak and fault harness share: the child processes that write
// through the API until they are killed, the kill itself, and the checks made after each kill.

const repoRoot = path.resolve(__dirname, '../../..');

export interface CrashScripts {
  writerScript: string;
  restorerScript: string;
  /** A scratch folder for the data directories and folders of the run. */
  workDir: string;
  dispose(): void;
}

/** Bundles the writer and the restorer (inside the repo's node_modules, so their external packages resolve). */
export async function bundleCrashScripts(): Promise<CrashScripts> {
  const bundleDir = fs.mkdtempSync(path.join(repoRoot, 'node_modules', '.cache-cairn-crash-'));
  await build({
    entryPoints: [path.join(__dirname, 'crash-writer.ts'), path.join(__dirname, 'crash-restorer.ts')],
    outdir: bundleDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cairnCreateRequire } from 'node:module'; const require = __cairnCreateRequire(import.meta.url);" },
  });
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-crash-'));
  return {
    writerScript: path.join(bundleDir, 'crash-writer.mjs'),
    restorerScript: path.join(bundleDir, 'crash-restorer.mjs'),
    workDir,
    dispose() {
      fs.rmSync(bundleDir, { recursive: true, force: true });
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RunResult {
  acks: CrashAck[];
  /** Whether the writer got as far as opening the core before it was killed. */
  ready: boolean;
}

/**
 * Starts the writer and kills it: `killAt.beforeReady` kills while the core is still opening, after
 * `delayMs`; otherwise the kill comes `delayMs` after the writer's `afterAcks`-th acknowledged write.
 */
export function runAndKill(
  writerScript: string,
  args: string[],
  killAt: { beforeReady: boolean; afterAcks: number; delayMs: number },
  /** Called once the kill is scheduled (a fault harness injects its fault meanwhile). */
  onKillScheduled?: () => void,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: CrashAck[] = [];
    let pending = '';
    let stderr = '';
    let ready = false;
    let killScheduled = false;
    let killed = false;
    const scheduleKill = () => {
      killScheduled = true;
      onKillScheduled?.();
      setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, killAt.delayMs);
    };
    if (killAt.beforeReady) scheduleKill();
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const message = JSON.parse(line) as CrashAck;
        if (message.kind === 'ready') ready = true;
        else acks.push(message);
        if (ready && !killScheduled && acks.length >= killAt.afterAcks) scheduleKill();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // Only a kill from here counts: the writer exiting by itself means one of its writes failed.
      if (!killed || signal !== 'SIGKILL') reject(new Error(`The writer stopped by itself (code ${code}, signal ${signal}): ${stderr}`));
      else resolve({ acks, ready });
    });
  });
}

/** Starts the restorer and kills it `delayMs` after its `afterRestores`-th acknowledged restore; returns how many it acknowledged. */
export function runRestorerAndKill(restorerScript: string, args: string[], afterRestores: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [restorerScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stderr = '';
    let killScheduled = false;
    let killed = false;
    const restores = () => output.split('\n').filter((line) => line.endsWith('.db')).length;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (killScheduled || !output.startsWith('ready\n') || restores() < afterRestores) return;
      killScheduled = true;
      setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, delayMs);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (!killed || signal !== 'SIGKILL') reject(new Error(`The restorer stopped by itself (code ${code}, signal ${signal}): ${stderr}`));
      else resolve(restores());
    });
  });
}

/** Every write acknowledged so far, by what a reader can check. */
export class Acknowledged {
  readonly revisions = new Map<string, Extract<CrashAck, { kind: 'revision' }>[]>();
  readonly links: Extract<CrashAck, { kind: 'link' }>[] = [];
  readonly imports: Extract<CrashAck, { kind: 'import' }>[] = [];
  /** Export file contents known to be complete: acknowledged exports and folders already checked. */
  readonly completeFiles = new Map<string, Set<string>>();

  add(ack: CrashAck): void {
    if (ack.kind === 'revision') this.revisions.set(ack.id, [...(this.revisions.get(ack.id) ?? []), ack]);
    else if (ack.kind === 'link') this.links.push(ack);
    else if (ack.kind === 'import') this.imports.push(ack);
    else if (ack.kind === 'export') this.addCompleteFiles(ack.files);
  }

  addCompleteFiles(files: Record<string, string>): void {
    for (const [name, hash] of Object.entries(files)) {
      const known = this.completeFiles.get(name) ?? new Set<string>();
      known.add(hash);
      this.completeFiles.set(name, known);
    }
  }
}

export function hashMarkdownFiles(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!fs.existsSync(folder)) return files;
  for (const name of fs.readdirSync(folder)) {
    if (name.endsWith('.md')) files[name] = crypto.createHash('sha256').update(fs.readFileSync(path.join(folder, name))).digest('hex');
  }
  return files;
}

export function integrityCheck(dbPath: string): unknown {
  const db = new SqliteDatabase(dbPath, { fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

export async function expectAcknowledged(core: Core, acks: CrashAck[]): Promise<void> {
  for (const ack of acks) {
    if (ack.kind === 'revision') {
      const current = await call(core, 'getDecision', { id: ack.id });
      // A write that committed but was killed before its acknowledgement may have come after this one.
      expect(current.revision).toBeGreaterThanOrEqual(ack.revision);
      const saved = await call(core, 'getRevision', { decisionId: ack.id, revision: ack.revision });
      expect({ title: saved.content.title, status: saved.content.status, context: saved.content.context }).toEqual({
        title: ack.title,
        status: ack.status,
        context: ack.context,
      });
    } else if (ack.kind === 'link') {
      const from = await call(core, 'getDecision', { id: ack.fromId });
      expect(from.links).toContainEqual(expect.objectContaining({ kind: ack.linkKind, direction: 'outgoing', otherId: ack.toId }));
    } else if (ack.kind === 'import') {
      expect(ack.decisionIds.length).toBeGreaterThan(0);
      for (const id of ack.decisionIds) expect((await call(core, 'getDecision', { id })).workspaceId).toBe(ack.workspaceId);
    }
  }
}

/** Each Markdown file in the export folder is one a finished export wrote, or what exporting the data now writes. */
export async function expectCompleteExportFiles(core: Core, exportFolder: string, known: Acknowledged, workDir: string): Promise<void> {
  const onDisk = hashMarkdownFiles(exportFolder);
  const unknown = Object.entries(onDisk).filter(([name, hash]) => !known.completeFiles.get(name)?.has(hash));
  if (unknown.length === 0) return;
  const workspace = (await call(core, 'listWorkspaces', {})).find((w) => w.name === 'Crash test');
  if (!workspace) throw new Error('The export folder has files but the workspace they came from is missing');
  const fresh = path.join(workDir, `fresh-export-${crypto.randomUUID()}`);
  await call(core, 'exportWorkspace', { workspaceId: workspace.id, folder: fresh });
  const expected = hashMarkdownFiles(fresh);
  fs.rmSync(fresh, { recursive: true, force: true });
  for (const [name, hash] of unknown) {
    const allowed = new Set([...(known.completeFiles.get(name) ?? []), ...(expected[name] ? [expected[name]] : [])]);
    expect(allowed, `${name} in the export folder is not a complete export of any state`).toContain(hash);
  }
}

/** Nobody edited the synced folder but Cairn: a sync after the crash pulls nothing in and finds no problem. */
export async function expectSyncFolderInStep(core: Core, syncFolder: string): Promise<void> {
  const workspace = (await call(core, 'listWorkspaces', {})).find((w) => w.name === 'Sync test');
  if (!workspace || !(await call(core, 'getSyncFolder', { workspaceId: workspace.id }))) return;
  const result = await call(core, 'syncWorkspace', { workspaceId: workspace.id });
  expect({ pulled: result.pulled, conflicts: result.conflicts, problems: result.problems, duplicates: result.duplicates }).toEqual({
    pulled: [],
    conflicts: [],
    problems: [],
    duplicates: [],
  });
  const again = await call(core, 'syncWorkspace', { workspaceId: workspace.id });
  expect([...again.pushed, ...again.pulled]).toEqual([]);
  // A kill between a temporary file and its rename leaves the temporary file; the sync above removed it.
  const others = fs.readdirSync(syncFolder).filter((name) => !name.endsWith('.md'));
  expect(others, 'files other than records in the sync folder').toEqual([]);
}

/** A data directory whose one decision is "State A" in the first backup and "State B" in the second: what a killed restore must leave as one or the other. */
export async function twoBackups(dataDir: string): Promise<{ decisionId: string; backups: [string, string] }> {
  const core = await openCore(dataDir);
  try {
    const workspace = await call(core, 'createWorkspace', { name: 'Restore test' });
    const decision = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'State A' } });
    const first = await call(core, 'backupNow', {});
    await call(core, 'updateDecision', { id: decision.id, baseRevision: 1, changes: { title: 'State B' } });
    const second = await call(core, 'backupNow', {});
    return { decisionId: decision.id, backups: [first.file, second.file] };
  } finally {
    core.close();
  }
}

/** After a kill during a restore: the database whole, and the decision as one backup holds it, with every revision it had there. */
export async function expectOneBackupOrTheOther(dataDir: string, decisionId: string, label: string): Promise<void> {
  expect(integrityCheck(path.join(dataDir, 'cairn.db')), `integrity ${label}`).toBe('ok');
  const reopened = await openCore(dataDir);
  try {
    const found = await call(reopened, 'getDecision', { id: decisionId });
    expect([{ title: 'State A', revision: 1 }, { title: 'State B', revision: 2 }]).toContainEqual({ title: found.title, revision: found.revision });
    expect(await call(reopened, 'listRevisions', { decisionId })).toHaveLength(found.revision);
  } finally {
    reopened.close();
  }
}
