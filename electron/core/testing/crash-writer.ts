import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { watchSyncFolders } from '../../host/sync-watcher';
import { openCore, type Core } from '../core';

/**
 * The child process of the crash-safety test: opens the core on a data directory and writes through
 * the API (create, edit, status change, link, import, export) until it is killed. After each write
 * the API acknowledged it prints one JSON line, so the parent knows exactly which changes must survive.
 * Usage: node crash-writer.mjs <dataDir> <seed> <importFolder> <exportFolder> <syncFolder> [live]
 *
 * With `live` (the soak and fault harness), the host's watcher also runs, syncing the folder shortly
 * after each change on disk, and a sync the folder's faults make
 * fail (the folder gone, git writing, a full or read-only disk) is reported, not fatal: what counts is
 * what the parent finds after the kill.
 */

export type CrashAck =
  | { kind: 'ready' }
  | { kind: 'revision'; id: string; revision: number; title: string; status: string; context: string }
  | { kind: 'link'; fromId: string; toId: string; linkKind: 'relates-to' | 'depends-on' }
  | { kind: 'import'; workspaceId: string; decisionIds: string[] }
  | { kind: 'export'; files: Record<string, string> }
  | { kind: 'sync'; workspaceId: string }
  /** The watcher synced the folder by itself (live mode). */
  | { kind: 'live-sync' }
  /** A sync the parent's fault made fail or wait (live mode): nothing to check but that nothing was lost. */
  | { kind: 'sync-refused'; code: string };

const WORKSPACE_NAME = 'Crash test';
const SYNC_WORKSPACE_NAME = 'Sync test';
const MAX_SYNCED_DECISIONS = 8;
const MAX_DECISIONS = 25;
const MAX_IMPORTS = 6;
const STATUSES = ['proposed', 'accepted', 'deprecated'] as const;

function ack(message: CrashAck): void {
  // Writes to a pipe are synchronous on POSIX, so the line is out before the next write starts.
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

/** A small seeded generator (mulberry32), so a failing run can be replayed from its seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function call<T>(core: Core, operation: string, input: unknown): Promise<T> {
  const result = await core.dispatch(operation, input);
  if (!result.ok) throw new Error(`${operation} failed: ${result.error.message}`);
  return result.value as T;
}

interface DecisionLike {
  id: string;
  revision: number;
  title: string;
  status: string;
  context: string;
}

function revisionAck(decision: DecisionLike): CrashAck {
  return { kind: 'revision', id: decision.id, revision: decision.revision, title: decision.title, status: decision.status, context: decision.context };
}

function hashFolder(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith('.md')) continue;
    files[name] = crypto.createHash('sha256').update(fs.readFileSync(path.join(folder, name))).digest('hex');
  }
  return files;
}

async function main(): Promise<void> {
  const [dataDir, seedText, importFolder, exportFolder, syncFolder, mode] = process.argv.slice(2);
  const live = mode === 'live';
  if (!dataDir || !seedText || !importFolder || !exportFolder || !syncFolder) {
    throw new Error('usage: crash-writer <dataDir> <seed> <importFolder> <exportFolder> <syncFolder>');
  }
  const random = seededRandom(Number(seedText));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const token = () => Math.floor(random() * 1e9).toString(36);

  const core = await openCore(dataDir);
  const workspaces = await call<{ id: string; name: string }[]>(core, 'listWorkspaces', {});
  const workspace = workspaces.find((w) => w.name === WORKSPACE_NAME) ?? (await call<{ id: string }>(core, 'createWorkspace', { name: WORKSPACE_NAME }));
  const synced = workspaces.find((w) => w.name === SYNC_WORKSPACE_NAME) ?? (await call<{ id: string }>(core, 'createWorkspace', { name: SYNC_WORKSPACE_NAME }));
  if (!(await call<unknown>(core, 'getSyncFolder', { workspaceId: synced.id }))) await call(core, 'linkSyncFolder', { workspaceId: synced.id, path: syncFolder });
  let imports = workspaces.filter((w) => w.name.startsWith('Imported ')).length;
  if (live) {
    watchSyncFolders(core, { quietMs: 20, saveQuietMs: 10, gitPollMs: 20, rescanMs: 100, onSynced: () => ack({ kind: 'live-sync' }), onError: (_id, error) => process.stderr.write(`the watcher's sync failed: ${String(error)}\n`) });
  }
  ack({ kind: 'ready' });

  for (;;) {
    // The core's calls finish without waiting on I/O, so without a turn of the event loop between
    // writes the watcher's file events and timers would never run.
    if (live) await new Promise((resolve) => setImmediate(resolve));
    const listed = await call<{ items: { id: string }[] }>(core, 'searchDecisions', { workspaceId: workspace.id, limit: 1000 });
    const ids = listed.items.map((item) => item.id);
    const roll = random();
    if (ids.length < 2 || (roll < 0.2 && ids.length < MAX_DECISIONS)) {
      const created = await call<DecisionLike>(core, 'createDecision', {
        workspaceId: workspace.id,
        content: { title: `Decision ${token()}`, context: `Context ${token()}` },
      });
      ack(revisionAck(created));
    } else if (roll < 0.4) {
      const current = await call<DecisionLike>(core, 'getDecision', { id: pick(ids) });
      const updated = await call<DecisionLike>(core, 'updateDecision', {
        id: current.id,
        baseRevision: current.revision,
        changes: { context: `Context ${token()}`, title: `Decision ${token()}` },
      });
      ack(revisionAck(updated));
    } else if (roll < 0.5) {
      const current = await call<DecisionLike>(core, 'getDecision', { id: pick(ids) });
      const status = pick(STATUSES.filter((s) => s !== current.status));
      const updated = await call<DecisionLike>(core, 'updateDecision', { id: current.id, baseRevision: current.revision, changes: { status } });
      ack(revisionAck(updated));
    } else if (roll < 0.62) {
      const fromId = pick(ids);
      const toId = pick(ids.filter((id) => id !== fromId));
      const linkKind = pick(['relates-to', 'depends-on'] as const);
      const linked = await core.dispatch('addDecisionLink', { fromId, kind: linkKind, toId });
      // A refused link (already there, or a dependency cycle) is a rule working, not a write to check.
      if (linked.ok) ack({ kind: 'link', fromId, toId, linkKind });
      else if (linked.error.code === 'internal') throw new Error(`addDecisionLink failed: ${linked.error.message}`);
    } else if (roll < 0.8) {
      const inSync = (await call<{ items: { id: string }[] }>(core, 'searchDecisions', { workspaceId: synced.id, limit: 100 })).items;
      const title = `Synced ${token()}`;
      const changed =
        inSync.length < MAX_SYNCED_DECISIONS
          ? await call<DecisionLike>(core, 'createDecision', { workspaceId: synced.id, content: { title, context: `Context ${token()}` } })
          : await (async () => {
              const current = await call<DecisionLike>(core, 'getDecision', { id: pick(inSync).id });
              const updated = await core.dispatch('updateDecision', { id: current.id, baseRevision: current.revision, changes: { title, context: `Context ${token()}` } });
              if (updated.ok) return updated.value as DecisionLike;
              // Live, the watcher may have pulled an edit made on disk between the read and the write.
              if (live && (updated.error.code === 'conflict' || updated.error.code === 'not_found')) return null;
              throw new Error(`updateDecision failed: ${updated.error.message}`);
            })();
      if (changed) ack(revisionAck(changed));
      const result = await core.dispatch('syncWorkspace', { workspaceId: synced.id });
      if (!result.ok) {
        if (!live) throw new Error(`syncWorkspace failed: ${result.error.message}`);
        ack({ kind: 'sync-refused', code: result.error.code });
      } else if (live && (result.value as { unavailable?: unknown }).unavailable) ack({ kind: 'sync-refused', code: 'unavailable' });
      else ack({ kind: 'sync', workspaceId: synced.id });
    } else if (roll < 0.88 && imports < MAX_IMPORTS) {
      const target = await call<{ id: string }>(core, 'createWorkspace', { name: `Imported ${token()}` });
      imports += 1;
      const report = await call<{ files: { decisionId: string | null }[] }>(core, 'importFolder', { workspaceId: target.id, folder: importFolder });
      const decisionIds = report.files.flatMap((file) => (file.decisionId ? [file.decisionId] : []));
      ack({ kind: 'import', workspaceId: target.id, decisionIds });
    } else {
      await call(core, 'exportWorkspace', { workspaceId: workspace.id, folder: exportFolder });
      ack({ kind: 'export', files: hashFolder(exportFolder) });
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-writer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
