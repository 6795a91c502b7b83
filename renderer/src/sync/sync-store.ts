import { create } from 'zustand';
import type { ExportResult, ImportProgress, ImportReport, SyncConflict, SyncFolderInfo, SyncPreview, SyncResult } from '../../../shared/api/sync-operations';
import type { DialectId } from '../../../shared/dialects/adr-document';
import { api } from '../api/api';
import { errorCode, errorMessage } from '../api/error-message';

type Busy = 'preview' | 'import' | 'export' | 'link' | 'sync' | 'resolve' | 'renumber' | null;

/** How often the progress of a running import or preview is asked for. */
export const IMPORT_PROGRESS_POLL_MS = 150;

interface SyncState {
  workspaceId: string | null;
  folder: SyncFolderInfo | null;
  conflicts: SyncConflict[];
  /** The import report on screen: a preview before importing, the result after. */
  report: ImportReport | null;
  lastSync: SyncResult | null;
  /** What a sync would do now (previewSync), shown before one; null until asked and while no folder is linked. */
  plan: SyncPreview | null;
  /** Why the plan could not be made (git busy in the folder, the folder gone), shown in its place. */
  planError: string | null;
  checkingPlan: boolean;
  lastExport: ExportResult | null;
  busy: Busy;
  /** How far the running import or preview has come (null before the first answer and when none runs). */
  progress: ImportProgress | null;
  /** Cancel was pressed and the import has not stopped yet. */
  cancelling: boolean;
  /** Said after an import or preview was cancelled. */
  notice: string | null;
  error: string | null;
  load: (workspaceId: string) => Promise<void>;
  /**
   * Takes the folder and conflicts as the change feed keeps them (a sync by the watcher, a conflict
   * resolved in another window) and asks the plan again; the summary of the last sync goes once a
   * conflict it reported is settled, so it never says "1 conflict" after the conflict is gone.
   */
  follow: (workspaceId: string, folder: SyncFolderInfo | null, conflicts: SyncConflict[]) => Promise<void>;
  preview: (folder: string) => Promise<void>;
  importFolder: (folder: string) => Promise<ImportReport | null>;
  clearReport: () => void;
  /** Stops the running import or preview; nothing of it is stored. */
  cancelImport: () => Promise<void>;
  exportTo: (folder: string, dialect: DialectId | null) => Promise<void>;
  link: (path: string, dialect: DialectId | null) => Promise<void>;
  /** `force`: the person said "Sync anyway" after a sync found the folder had lost most of its files. */
  sync: (force?: boolean) => Promise<void>;
  /** "Wait": puts away the question a sync asked about a folder that lost its files. */
  dismissLastSync: () => void;
  /** Asks again what a sync would do now. */
  checkPlan: () => Promise<void>;
  resolve: (decisionId: string, keep: 'disk' | 'app' | 'merged', text?: string) => Promise<boolean>;
  /** Gives a decision the next free number and syncs, so its file is renamed and links to it rewritten. */
  renumberAndSync: (decisionId: string) => Promise<void>;
}

export const useSyncStore = create<SyncState>()((set, get) => {
  /** Runs one action with its busy flag; a failure becomes the page's error message. */
  async function run<T>(busy: Exclude<Busy, null>, action: (workspaceId: string) => Promise<T>): Promise<T | null> {
    const { workspaceId } = get();
    if (workspaceId === null) return null;
    set({ busy, error: null });
    try {
      return await action(workspaceId);
    } catch (error) {
      if (errorCode(error) === 'cancelled') {
        set({ notice: busy === 'preview' ? 'Preview cancelled.' : 'Import cancelled — nothing was stored.' });
      } else set({ error: errorMessage(error) });
      return null;
    } finally {
      set({ busy: null });
    }
  }
  /** Runs an import or preview while polling its progress into the store, which the panel draws as a bar. */
  async function withProgress<T>(workspaceId: string, action: () => Promise<T>): Promise<T> {
    set({ progress: null, cancelling: false, notice: null });
    let running = true;
    const poll = async () => {
      while (running) {
        await new Promise((resolve) => setTimeout(resolve, IMPORT_PROGRESS_POLL_MS));
        if (!running) return;
        try {
          const progress = await api().getImportProgress({ workspaceId });
          if (running && progress) set({ progress });
        } catch {
          // A missed reading is fine: the next poll brings a newer one.
        }
      }
    };
    void poll();
    try {
      return await action();
    } finally {
      // The last reading stays until the bar goes (once the store has refreshed), so it never jumps back to "Starting…".
      running = false;
      set({ cancelling: false });
    }
  }
  async function refresh(workspaceId: string) {
    const [folder, conflicts] = await Promise.all([api().getSyncFolder({ workspaceId }), api().listSyncConflicts({ workspaceId })]);
    if (get().workspaceId !== workspaceId) return;
    set({ folder, conflicts });
    await plan(workspaceId);
  }
  /** The plan of the next sync; its failure stays in its own place, not the page's error banner. */
  async function plan(workspaceId: string) {
    if (get().folder === null) return set({ plan: null, planError: null });
    set({ checkingPlan: true });
    try {
      const preview = await api().previewSync({ workspaceId });
      if (get().workspaceId === workspaceId) set({ plan: preview, planError: null });
    } catch (error) {
      if (get().workspaceId === workspaceId) set({ plan: null, planError: errorMessage(error) });
    } finally {
      set({ checkingPlan: false });
    }
  }

  return {
    workspaceId: null,
    folder: null,
    conflicts: [],
    report: null,
    lastSync: null,
    plan: null,
    planError: null,
    checkingPlan: false,
    lastExport: null,
    busy: null,
    progress: null,
    cancelling: false,
    notice: null,
    error: null,
    load: async (workspaceId) => {
      if (get().workspaceId !== workspaceId) {
        set({ workspaceId, folder: null, conflicts: [], report: null, lastSync: null, plan: null, planError: null, lastExport: null, notice: null, error: null });
      }
      // A failure said on an earlier visit is not true now; what is still failing says so again.
      else set({ error: null });
      try {
        await refresh(workspaceId);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    follow: async (workspaceId, folder, conflicts) => {
      if (get().workspaceId !== workspaceId) return;
      const open = new Set(conflicts.map((conflict) => conflict.file));
      const lastSync = get().lastSync;
      const settled = lastSync !== null && lastSync.conflicts.some((file) => !open.has(file));
      set({ folder, conflicts, ...(settled ? { lastSync: null } : {}) });
      await plan(workspaceId);
    },
    preview: async (folder) => {
      const report = await run('preview', (workspaceId) => withProgress(workspaceId, () => api().importFolder({ workspaceId, folder, preview: true })));
      if (report) set({ report });
    },
    importFolder: async (folder) => {
      const report = await run('import', async (workspaceId) => {
        const done = await withProgress(workspaceId, () => api().importFolder({ workspaceId, folder, preview: false }));
        await refresh(workspaceId);
        return done;
      });
      if (report) set({ report });
      return report;
    },
    clearReport: () => set({ report: null, notice: null }),
    cancelImport: async () => {
      const { workspaceId, busy, cancelling } = get();
      if (workspaceId === null || (busy !== 'preview' && busy !== 'import') || cancelling) return;
      set({ cancelling: true });
      try {
        // Resolves once the import has stopped; its own call then fails as 'cancelled', which sets the notice.
        await api().cancelImport({ workspaceId });
      } catch (error) {
        set({ error: errorMessage(error), cancelling: false });
      }
    },
    exportTo: async (folder, dialect) => {
      const result = await run('export', (workspaceId) => api().exportWorkspace({ workspaceId, folder, dialect }));
      if (result) set({ lastExport: result });
    },
    link: async (path, dialect) => {
      await run('link', async (workspaceId) => {
        await api().linkSyncFolder({ workspaceId, path, dialect });
        await refresh(workspaceId);
      });
    },
    sync: async (force = false) => {
      const result = await run('sync', async (workspaceId) => {
        const synced = await api().syncWorkspace({ workspaceId, force });
        await refresh(workspaceId);
        return synced;
      });
      if (result) set({ lastSync: result });
    },
    dismissLastSync: () => set({ lastSync: null }),
    checkPlan: async () => {
      const { workspaceId } = get();
      if (workspaceId !== null) await plan(workspaceId);
    },
    resolve: async (decisionId, keep, text) => {
      const result = await run('resolve', async (workspaceId) => {
        const resolved = await api().resolveSyncConflict({ decisionId, keep, ...(text === undefined ? {} : { text }) });
        await refresh(workspaceId);
        return resolved;
      });
      return result !== null;
    },
    renumberAndSync: async (decisionId) => {
      const result = await run('renumber', async (workspaceId) => {
        await api().renumberDecision({ id: decisionId });
        const synced = await api().syncWorkspace({ workspaceId });
        await refresh(workspaceId);
        return synced;
      });
      if (result) set({ lastSync: result });
    },
  };
});
