import fs from 'node:fs';
import type { ChangeEvent } from '../../shared/api/change-event';
import type { SyncResult } from '../../shared/api/sync-operations';
import type { Core } from '../core/core';
import { gitActivity } from '../core/sync';

export interface SyncWatcherOptions {
  /** How long the folder must be quiet before syncing: a `git pull` writes many files in a burst. */
  quietMs?: number;
  /** How long after a save in the app its file is written (saves in a row are written together). */
  saveQuietMs?: number;
  /** How often to look again whether the git command that holds `index.lock` has finished. */
  gitPollMs?: number;
  /** How often to look for folders linked or unlinked since. */
  rescanMs?: number;
  onSynced?: (workspaceId: string, result: SyncResult) => void;
  onError?: (workspaceId: string, error: unknown) => void;
  /** Told when a sync waits for git to finish writing files in the folder, and when it goes ahead. */
  onGitPause?: (workspaceId: string, paused: boolean) => void;
}

export interface SyncWatcher {
  /** Settles once the linked folders known at the start are being watched (or failed to be, reported). */
  ready: Promise<void>;
  close(): void;
}

interface Watched {
  path: string;
  watcher: fs.FSWatcher;
  timer: NodeJS.Timeout | null;
  /**
   * The files seen changing since the last sync, which is all the next one reads; 'all' when that is
   * unknown: the watch has just begun (edits made while no one watched), an event named no file, a
   * sync failed or git wrote files meanwhile.
   */
  changed: Set<string> | 'all';
  /** Files changed in the folder since the last sync. */
  folderChanged: boolean;
  /** Something was saved in the app: its file may be due ("Write files on save"). */
  saved: boolean;
  syncing: boolean;
  /** A change came from the core while this watcher's own sync ran: it may be someone's save. */
  changeDuringSync: boolean;
  pausedByGit: boolean;
}

/**
 * While a host runs, keeps each workspace's linked folder and its records in step: a file changed on
 * disk is synced shortly after (reading only the files the events named; the whole folder for the
 * first sync and after the watch was down), and a save in the app is written to its file at once
 * when the workspace's "Write files on save" is on. While a git command holds `index.lock`, syncs
 * wait and one runs after it ends (git writes a pull file by file). It calls the core like any other
 * caller, through `call`, so its syncs are validated, wait for a restore and reach the change feed.
 */
export function watchSyncFolders(core: Pick<Core, 'call' | 'subscribe'>, options: SyncWatcherOptions = {}): SyncWatcher {
  const quietMs = options.quietMs ?? 400;
  const saveQuietMs = options.saveQuietMs ?? 150;
  const gitPollMs = options.gitPollMs ?? 250;
  const watchers = new Map<string, Watched>();

  const schedule = (workspaceId: string, entry: Watched, delayMs: number) => {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      void run(workspaceId, entry);
    }, delayMs);
  };

  /** Whether a save-only sync has anything to write: the setting is on and the app has changes the folder lacks. */
  const saveIsDue = async (workspaceId: string): Promise<boolean> => {
    const workspace = (await core.call('listWorkspaces', {})).find((candidate) => candidate.id === workspaceId);
    if (!workspace?.writeFilesOnSave) return false;
    return (await core.call('getSyncFolder', { workspaceId }))?.appChangesWaiting ?? false;
  };

  const run = async (workspaceId: string, entry: Watched) => {
    if (entry.syncing || watchers.get(workspaceId) !== entry) return;
    if (gitActivity(entry.path)) {
      // Which files git will have written by the time it ends is unknown: the sync after reads them all.
      entry.changed = 'all';
      if (!entry.pausedByGit) options.onGitPause?.(workspaceId, true);
      entry.pausedByGit = true;
      return schedule(workspaceId, entry, gitPollMs);
    }
    if (entry.pausedByGit) {
      entry.pausedByGit = false;
      entry.folderChanged = true;
      options.onGitPause?.(workspaceId, false);
    }
    if (!entry.folderChanged && !entry.saved) return;
    entry.syncing = true;
    entry.changeDuringSync = false;
    let result: SyncResult | null = null;
    let ownCommit = false;
    try {
      entry.saved = false;
      if (entry.folderChanged || (await saveIsDue(workspaceId))) {
        const paths = entry.changed === 'all' ? undefined : [...entry.changed];
        entry.changed = new Set();
        entry.folderChanged = false;
        ownCommit = true;
        result = await core.call('syncWorkspace', { workspaceId, ...(paths ? { paths } : {}) });
        options.onSynced?.(workspaceId, result);
      }
    } catch (error) {
      // What the failed sync would have read is read at the next one, with everything else.
      entry.changed = 'all';
      options.onError?.(workspaceId, error);
    } finally {
      entry.syncing = false;
    }
    // A sync's own commit is among the changes that came meanwhile; a save among them is written now.
    // A sync that could not write some file does not try again on its own, or it would loop.
    if (entry.changeDuringSync && (!ownCommit || (result !== null && result.problems.length === 0))) entry.saved = true;
    if (watchers.get(workspaceId) === entry && (entry.folderChanged || entry.saved)) schedule(workspaceId, entry, entry.folderChanged ? quietMs : saveQuietMs);
  };

  const fileChanged = (workspaceId: string, name: string | null) => {
    const entry = watchers.get(workspaceId);
    if (!entry) return;
    if (name === null) entry.changed = 'all';
    else if (entry.changed !== 'all') entry.changed.add(name);
    entry.folderChanged = true;
    if (!entry.syncing && !entry.pausedByGit) schedule(workspaceId, entry, quietMs);
  };

  const appChanged = (event: ChangeEvent) => {
    const decisions = event.scope === 'everything' ? null : event.changes.filter((change) => change.kind === 'decision');
    if (decisions?.length === 0) return;
    // A change that names no workspace (an edit by decision id, another process's commit) may be in any.
    const anywhere = decisions === null || decisions.some((change) => change.workspaceId === null);
    for (const [workspaceId, entry] of watchers) {
      if (!anywhere && decisions?.some((change) => change.workspaceId === workspaceId) !== true) continue;
      if (entry.syncing) {
        entry.changeDuringSync = true;
        continue;
      }
      entry.saved = true;
      if (!entry.pausedByGit && !(entry.timer && entry.folderChanged)) schedule(workspaceId, entry, saveQuietMs);
    }
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
          if (name === null) fileChanged(workspaceId, null);
          else if (/\.md$/i.test(String(name))) fileChanged(workspaceId, String(name));
        });
        watcher.on('error', (error) => {
          stop(workspaceId);
          options.onError?.(workspaceId, error);
        });
        const entry: Watched = { path, watcher, timer: null, changed: 'all', folderChanged: !first, saved: false, syncing: false, changeDuringSync: false, pausedByGit: false };
        watchers.set(workspaceId, entry);
        if (!first) schedule(workspaceId, entry, quietMs);
      } catch (error) {
        // A folder that is gone (an unplugged drive) is tried again at the next rescan.
        options.onError?.(workspaceId, error);
      }
    }
  };

  const unsubscribe = core.subscribe(appChanged);
  const report = (error: unknown) => options.onError?.('', error);
  const ready = rescan(true).catch(report);
  const interval = setInterval(() => void rescan(false).catch(report), options.rescanMs ?? 5_000);
  interval.unref();
  return {
    ready,
    close() {
      unsubscribe();
      clearInterval(interval);
      for (const workspaceId of [...watchers.keys()]) stop(workspaceId);
    },
  };
}
