import fs from 'node:fs';
import { AppError } from '../../../shared/api/api-result';
import type { SyncPreview, SyncResult } from '../../../shared/api/sync-operations';
import type { CoreContext } from '../core-context';
import { requireWorkspaceExists } from '../workspace';
import { folderAddedDates, type AddedDates } from '../git';
import { isNotARecord, listMarkdownFiles } from '../files';
import { gitActivity } from './git-activity';
import { applySyncPlan, mergeSyncResults } from './sync-apply';
import { planWorkspaceSync, type SyncOptions } from './sync-planning';
import { describePlan } from './sync-preview';
import type { SyncFolder } from './sync-store';

export interface SyncInput {
  workspaceId: string;
  force?: boolean | undefined;
  paths?: readonly string[] | undefined;
}

/** The folder the workspace is linked to, whether or not it is there now. */
function requireLinkedFolder(ctx: CoreContext, workspaceId: string): SyncFolder {
  const folder = ctx.sync.folder(workspaceId);
  if (!folder) throw new AppError('invalid_input', 'This workspace is not linked to a folder yet; link one (or import one) first.', 'workspaceId');
  return folder;
}

export function requireSyncFolder(ctx: CoreContext, workspaceId: string): SyncFolder {
  const folder = requireLinkedFolder(ctx, workspaceId);
  if (!fs.existsSync(folder.path)) throw new AppError('invalid_input', `The sync folder ${folder.path} does not exist (moved or on a drive that is not connected?)`, 'workspaceId');
  return folder;
}

/** The folder the workspace is synced with, or null while it is not linked to one. */
export function syncFolderPath(ctx: CoreContext, workspaceId: string): string | null {
  return ctx.sync.folder(workspaceId)?.path ?? null;
}

/** The file of each decision the sync knows, relative to the folder, as the last sync left it. */
export function syncedFiles(ctx: CoreContext, workspaceId: string): { decisionId: string; path: string }[] {
  return ctx.sync.files(workspaceId).map(({ decisionId, path }) => ({ decisionId, path }));
}

/** The workspace and file of a decision's open sync conflict; null when it has none. */
export function openConflict(ctx: CoreContext, decisionId: string): { workspaceId: string; path: string } | null {
  const conflict = ctx.sync.conflict(decisionId);
  return conflict ? { workspaceId: conflict.workspaceId, path: conflict.path } : null;
}

/**
 * One sync of a workspace with its folder: the folder and the store are read, the plan made
 * (planSync), then applied, all in one transaction, with the files written before it commits.
 * What applying changed in the app can change how other decisions are written (a link pulled in, a
 * decision gone to the trash): a second, small pass writes those too, so the folder is in step when
 * the sync returns. Its own knock-on effects wait for the next sync.
 */
export function syncWorkspace(ctx: CoreContext, input: SyncInput, addedDates?: AddedDates): SyncResult {
  const folder = syncableFolder(ctx, input.workspaceId);
  const options = { ...syncOptions(input), addedDates };
  return ctx.write(() => {
    const first = applySyncPlan(ctx, planWorkspaceSync(ctx, folder, withPendingFiles(ctx, folder.workspaceId, options)));
    if (first.knockOn.length === 0) return first.result;
    // It reads the files of every decision still pending, so none that could not be read is written over.
    const pending = ctx.sync.pending.of(folder.workspaceId);
    const paths = first.knockOn.includes('*') || pending.everything ? null : pending.decisionIds.flatMap((id) => ctx.sync.file(id)?.path ?? []);
    const second = applySyncPlan(ctx, planWorkspaceSync(ctx, requireSyncFolder(ctx, folder.workspaceId), { force: options.force, paths }));
    return mergeSyncResults(first.result, second.result);
  });
}

/**
 * `syncWorkspace` with git's dates for the folder's new files: a file that comes in giving no date of
 * its own takes the day of the commit that added it. git is asked (once, for the whole folder) only
 * when the folder holds a record file the store does not know yet, so a sync of edits costs no git
 * process; a folder outside git, or git missing, gives no dates and no error.
 */
export async function syncWorkspaceWithHistory(ctx: CoreContext, input: SyncInput): Promise<SyncResult> {
  const folder = ctx.sync.folder(input.workspaceId);
  const added = folder && hasNewFiles(ctx, folder, input.paths ?? null) ? await folderAddedDates(folder.path) : undefined;
  return syncWorkspace(ctx, input, added);
}

/** Whether the folder holds a record file (of those named, or of all) that no decision of the workspace has. */
function hasNewFiles(ctx: CoreContext, folder: SyncFolder, paths: readonly string[] | null): boolean {
  if (!fs.existsSync(folder.path)) return false;
  const names = (paths ?? listMarkdownFiles(folder.path)).filter((name) => name.toLowerCase().endsWith('.md') && !isNotARecord(name));
  const known = new Set((paths === null ? ctx.sync.tracked(folder.workspaceId) : ctx.sync.trackedAt(folder.workspaceId, names)).map((file) => file.path));
  return names.some((name) => !known.has(name));
}

/** What `syncWorkspace` would do now, without changing anything in the folder or the store. */
export function previewSync(ctx: CoreContext, input: SyncInput): SyncPreview {
  const folder = syncableFolder(ctx, input.workspaceId);
  const options = syncOptions({ ...input, paths: undefined });
  // A read transaction: every table the plan reads, as of one moment.
  const { plan, files } = ctx.db.transaction(() => planWorkspaceSync(ctx, folder, options))();
  const records = new Map(files.all.map((record) => [record.id, record]));
  return describePlan(plan, (id) => {
    const record = records.get(id) ?? ctx.decisions.find(id);
    return record && { number: record.number, title: record.content.title };
  });
}

/**
 * A sync of the paths a watcher saw change also reads the files of the decisions changed in the app
 * since the last sync: each is written only after its file was read, so an edit on disk that no
 * event reported yet becomes a conflict rather than being written over. "Everything changed" (a
 * dialect or the folder changed) reads the whole folder.
 */
function withPendingFiles(ctx: CoreContext, workspaceId: string, options: SyncOptions): SyncOptions {
  if (options.paths === null) return options;
  const pending = ctx.sync.pending.of(workspaceId);
  if (pending.everything) return { ...options, paths: null };
  return { ...options, paths: [...options.paths, ...pending.decisionIds.flatMap((id) => ctx.sync.file(id)?.path ?? [])] };
}

function syncOptions(input: SyncInput): SyncOptions {
  return { force: input.force ?? false, paths: input.paths ?? null };
}

/**
 * The linked folder, unless git is writing files in it right now (a sync then could take half of a
 * pull). A folder that is not there is no error here: the plan says so and changes nothing
 * (folder-loss-guard.ts), in the same words as a folder that lost its files.
 */
function syncableFolder(ctx: CoreContext, workspaceId: string): SyncFolder {
  requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
  const folder = requireLinkedFolder(ctx, workspaceId);
  const git = gitActivity(folder.path);
  if (git) {
    throw new AppError(
      'conflict',
      `git is writing files in ${git.repo} right now (${git.lockFile} exists): sync again when the pull or checkout has finished. If no git command is running, delete that lock file.`,
    );
  }
  return folder;
}
