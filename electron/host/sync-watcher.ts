import fs from 'node:fs';
import type { Services } from '../../shared/api/contract';
import type { SyncResult } from '../../shared/api/sync-operations';

export interface SyncWatcherOptions {
  /** How long the folder must be quiet before syncing: a `git pull` writes many files in a burst. */
  quietMs?: number;
  /** How often to look for folders linked or unlinked since. */
  rescanMs?: number;
  onSynced?: (workspaceId: string, result: SyncResult) => void;
  onError?: (workspaceId: string, error: unknown) => void;
}

export interface SyncWatcher {
  close(): void;
}

/**
 * While the app runs, syncs a workspace shortly after files change in its linked folder, so edits
 * made in git show up without pressing Sync. Cairn's own writes wake it too; that sync finds
 * nothing to do, since the hashes already match.
 */
/** `core` is read on each use: after a restore from backup it serves a new connection. */
export function watchSyncFolders(core: { readonly services: Services }, options: SyncWatcherOptions = {}): SyncWatcher {
  const quietMs = options.quietMs ?? 400;
  const watchers = new Map<string, { path: string; watcher: fs.FSWatcher; timer: NodeJS.Timeout | null }>();

  const syncSoon = (workspaceId: string) => {
    const entry = watchers.get(workspaceId);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      Promise.resolve(core.services.syncWorkspace({ workspaceId })).then(
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

  const rescan = async () => {
    const linked = new Map<string, string>();
    for (const workspace of await core.services.listWorkspaces({})) {
      const folder = await core.services.getSyncFolder({ workspaceId: workspace.id });
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
      } catch (error) {
        // A folder that is gone (an unplugged drive) is tried again at the next rescan.
        options.onError?.(workspaceId, error);
      }
    }
  };

  const report = (error: unknown) => options.onError?.('', error);
  void rescan().catch(report);
  const interval = setInterval(() => void rescan().catch(report), options.rescanMs ?? 5_000);
  interval.unref();
  return {
    close() {
      clearInterval(interval);
      for (const workspaceId of [...watchers.keys()]) stop(workspaceId);
    },
  };
}
