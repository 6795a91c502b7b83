import path from 'node:path';
import type { Services } from '../../../shared/api/contract';
import { ImportReport, type SyncConflict } from '../../../shared/api/sync-operations';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import type { CoreContext } from '../core-context';
import { decisionWithLinks } from '../decisions';
import { exportFolder } from './export-folder';
import { folderIndex } from './folder-index';
import { importFolder } from './import/import-folder';
import { requireExistingFolder } from '../files';
import { requireWorkspaceExists } from '../workspace';
import { planRenumber, renumberPreview } from './renumber-plan';
import { resolveConflict } from './sync-conflict-resolution';
import { fileDialect } from './sync-store';
import { previewSync, syncWorkspaceWithHistory } from './sync-workspace';

type SyncServices = Pick<
  Services,
  | 'importFolder'
  | 'getImportProgress'
  | 'cancelImport'
  | 'getLastImportReport'
  | 'exportWorkspace'
  | 'getSyncFolder'
  | 'linkSyncFolder'
  | 'syncWorkspace'
  | 'previewSync'
  | 'listSyncConflicts'
  | 'resolveSyncConflict'
  | 'listDecisionFiles'
  | 'getFolderIndex'
  | 'previewRenumber'
  | 'renumberDecision'
>;

/** With `ctx.imports` and `ctx.syncs`, imports and syncs run in a worker (the app, the web host); without them, on this thread. */
export function syncServices(ctx: CoreContext): SyncServices {
  const { sync: store, imports, syncs } = ctx;
  const folderInfo = (workspaceId: string) => {
    const folder = store.folder(workspaceId);
    return folder ? { ...folder, conflicts: store.conflicts(workspaceId).length, appChangesWaiting: store.pending.any(workspaceId) } : null;
  };
  return {
    importFolder: (input) => {
      if (!imports) return importFolder(ctx, input);
      requireWorkspaceExists(ctx, input.workspaceId, 'workspaceId');
      return imports.run(input);
    },
    getImportProgress: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return imports?.progress(workspaceId) ?? null;
    },
    cancelImport: async ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return imports ? imports.cancel(workspaceId) : { cancelled: false };
    },
    getLastImportReport: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      const last = store.lastImportReport(workspaceId);
      return last ? ImportReport.parse(last.report) : null;
    },
    exportWorkspace: (input) => exportFolder(ctx, input),
    getSyncFolder: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return folderInfo(workspaceId);
    },
    linkSyncFolder: ({ workspaceId, path: folder, dialect }) =>
      ctx.write(() => {
        requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
        const resolved = requireExistingFolder(folder, 'path');
        const current = store.folder(workspaceId);
        if (current && path.resolve(current.path) !== resolved) {
          // What was synced with the old folder says nothing about the new one: its files are all new there.
          for (const file of store.files(workspaceId)) store.saveFile({ ...file, diskHash: null });
        }
        store.saveFolder({ workspaceId, path: resolved, dialect, lastSyncedAt: current?.lastSyncedAt ?? null });
        return folderInfo(workspaceId) as NonNullable<ReturnType<typeof folderInfo>>;
      }),
    syncWorkspace: (input) => {
      if (!syncs) return syncWorkspaceWithHistory(ctx, input);
      requireWorkspaceExists(ctx, input.workspaceId, 'workspaceId');
      return syncs.sync(input);
    },
    previewSync: (input) => {
      if (!syncs) return previewSync(ctx, input);
      requireWorkspaceExists(ctx, input.workspaceId, 'workspaceId');
      return syncs.preview(input);
    },
    listSyncConflicts: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return store.conflicts(workspaceId).flatMap((conflict): SyncConflict[] => {
        const record = ctx.decisions.find(conflict.decisionId);
        if (!record) return [];
        const { decisionId, diskText, appText, detectedAt } = conflict;
        return [{ decisionId, number: record.number, title: record.content.title, file: conflict.path, diskText, appText, detectedAt }];
      });
    },
    resolveSyncConflict: (input) => resolveConflict(ctx, input),
    listDecisionFiles: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return store.files(workspaceId).map((file) => ({ decisionId: file.decisionId, file: file.path, dialect: fileDialect(file) }));
    },
    getFolderIndex: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return { markdown: folderIndex(ctx.db, workspaceId) };
    },
    previewRenumber: ({ id, number }) => renumberPreview(planRenumber(ctx, id, number)),
    renumberDecision: ({ id, number }) =>
      ctx.write(() => {
        const plan = planRenumber(ctx, id, number);
        const { record } = plan;
        if (plan.number === record.number) return decisionWithLinks(ctx, record);
        const [from, to] = [formatDecisionNumber(record.number), formatDecisionNumber(plan.number)];
        const saved = ctx.writer.revise({ ...record, number: plan.number }, record.content, `Renumbered ${from} → ${to}`);
        // Only the links change; the sync writes each file anew, which keeps every other line as it was.
        for (const rewrite of plan.rewrites) {
          if (rewrite.content !== null) ctx.writer.revise(rewrite.record, rewrite.content, `Links to ${plan.file ?? from} point at ${plan.newFile ?? to}`);
        }
        return decisionWithLinks(ctx, saved);
      }),
  };
}
