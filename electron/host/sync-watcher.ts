import fs from 'node:fs';
import type { SyncResult } from '../../shared/api/sync-operations';
import type { Core } from '../core/core';

export interface SyncWatcherOptions {
  /** How long the folder must be quiet before syncing: a `git pull` writes many files in a burst. */
  quietMs?: number;
  /** How often to look for folders linked or unlinked since. */
  rescanMs?: number;
  onSynced?: (workspaceId: string, result: SyncResult) => void;
  onError?: (workspaceId: string, error: unknown) => void;
}

export interface SyncWatcher {
  /** Settles once the linked folders known at the start are being watched (or failed to be, reported). */
  ready: Promise<void>;
  close(): void;
}

/**
 * While a host runs, syncs a workspace shortly after files change in its linked folder, so edits
 * made in git show up without pressing Sync. Cairn's own writes wake it too; that sync finds
 * nothing to do, since the hashes already match. It calls the core like any other caller, through
 * `call`, so its syncs are validated, wait for a restore, and (later) reach the change feed.
 */
export function watchSyncFolders(core: Pick<Core, 'call'>, options: SyncWatcherOptions = {}): SyncWatcher {
  const quietMs = options.quietMs ?? 400;
  const watchers = new Map<string, { path: string; watcher: fs.FSWatcher; timer: NodeJS.Timeout | null }>();

  const syncSoon = (workspaceId: string) => {
    const entry = watchers.get(workspaceId);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      core.call('syncWorkspace', { workspaceId }).then(
        (result) => options.onSynced?.(workspaceId, result),
        (error: unknown) => options.onError?.(workspaceId, error),
      );
    }, quietMs);
  };

  const stop = (workspaceId: string) => {
    const entry = watchers.get(workspaceId);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.watcher.close();
    watchers.delete(workspaceId);
  };

  /**
   * `first` is the scan at start, whose folders are taken as the host found them. A folder found
   * later (linked or imported meanwhile, or back from an unplugged drive) is synced once as its watch
   * begins, so an edit made between the link and the watch is not missed until the next one.
   */
  const rescan = async (first: boolean) => {
    const linked = new Map<string, string>();
    for (const workspace of await core.call('listWorkspaces', {})) {
      const folder = await core.call('getSyncFolder', { workspaceId: workspace.id });
      if (folder) linked.set(workspace.id, folder.path);
    }
    for (const [workspaceId, entry] of watchers) if (linked.get(workspaceId) !== entry.path) stop(workspaceId);
    for (const [workspaceId, path] of linked) {
      if (watchers.has(workspaceId)) continue;
      try {
        const watcher = fs.watch(path, (_event, name) => {
          if (name === null || /\.md$/i.test(String(name))) syncSoon(workspaceId);
        });
        watcher.on('error', (error) => {
          stop(workspaceId);
          options.onError?.(workspaceId, error);
        });
        watchers.set(workspaceId, { path, watcher, timer: null });
        if (!first) syncSoon(workspaceId);
      } catch (error) {
        // A folder that is gone (an unplugged drive) is tried again at the next rescan.
        options.onError?.(workspaceId, error);
      }
    }
  };

  const report = (error: unknown) => options.onError?.('', error);
  const ready = rescan(true).catch(report);
  const interval = setInterval(() => void rescan(false).catch(report), options.rescanMs ?? 5_000);
  interval.unref();
  return {
    ready,
    close() {
      clearInterval(interval);
      for (const workspaceId of [...watchers.keys()]) stop(workspaceId);
    },
  };
}
