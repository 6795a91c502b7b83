import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/api-result';
import type { SyncResult } from '../../../shared/api/sync-operations';
import { contentHash } from './content-hash';
import { gitActivity } from './git-activity';
import type { CoreContext } from '../core-context';
import type { DecisionRecord } from '../decisions';
import {
  isNotARecord,
  listFolder,
  readMarkdownFile,
  readRecordFile,
  reasonOf,
  removeFile,
  removeLeftoverTempFiles,
  writeFileIfChanged,
  type FolderFile,
  type RecordFile,
} from '../files';
import { settleAppHashes, storeRecords, type IncomingRecord } from './import/record-import';
import { pullRecord } from './record-pull';
import { requireWorkspaceExists } from '../workspace';
import { statBeforeReading } from './sync-file-stats';
import type { DecisionFile, SyncFolder, TrackedFile } from './sync-store';
import { someWorkspaceFiles, workspaceFiles, type WorkspaceFiles } from './workspace-files';

type TextFile = Extract<FolderFile, { text: string }>;

/** A tracked file sync did not read: its size and times say it still holds what it held at the last sync. */
interface UnreadFile {
  name: string;
  unread: true;
}

/**
 * A file that is there but cannot be taken as text (binary, not UTF-8, too big, not readable): its
 * decision is left as it is, neither deleted nor written over, until the file can be read again.
 */
interface UnreadableFile {
  name: string;
  unreadable: true;
}

type DiskFile = TextFile | UnreadFile | UnreadableFile;

export function emptySyncResult(): SyncResult {
  return { pulled: [], pushed: [], deleted: [], renamed: [], conflicts: [], duplicates: [], problems: [] };
}

export function requireSyncFolder(ctx: CoreContext, workspaceId: string): SyncFolder {
  const folder = ctx.sync.folder(workspaceId);
  if (!folder) throw new AppError('invalid_input', 'This workspace is not linked to a folder yet; link one (or import one) first.', 'workspaceId');
  if (!fs.existsSync(folder.path)) throw new AppError('invalid_input', `The sync folder ${folder.path} does not exist (moved or on a drive that is not connected?)`, 'workspaceId');
  return folder;
}

/** The folder the workspace is synced with, or null while it is not linked to one. */
export function syncFolderPath(ctx: CoreContext, workspaceId: string): string | null {
  return ctx.sync.folder(workspaceId)?.path ?? null;
}

/**
 * One sync of a workspace with its folder. Per decision, the file's hash and the app's rendering are
 * compared with what they were at the last sync: an edit on one side goes to the other; edits on
 * both sides (that do not already agree) become a conflict that waits for the user. A file deleted on
 * disk moves its decision to the trash; a decision in the trash has its unedited file deleted. A
 * moved file is found again by its Cairn id or its unchanged content. New files come in, new
 * decisions go out. Files are written atomically before the transaction that records them commits,
 * so a crash in between leaves files that the next sync recognises as already in step.
 */
export function syncWorkspace(ctx: CoreContext, workspaceId: string): SyncResult {
  requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
  const folder = requireSyncFolder(ctx, workspaceId);
  const git = gitActivity(folder.path);
  if (git) {
    throw new AppError(
      'conflict',
      `git is writing files in ${git.repo} right now (${git.lockFile} exists): sync again when the pull or checkout has finished. If no git command is running, delete that lock file.`,
    );
  }
  const result = emptySyncResult();
  return ctx.write(() => {
    const pending = ctx.sync.pending.of(workspaceId);
    const tracked = ctx.sync.tracked(workspaceId);
    const disk = readDisk(ctx, workspaceId, folder.path, tracked, result);
    const changed = pending.everything ? null : changedDecisions(tracked, disk, pending.decisionIds);
    const some = changed && someWorkspaceFiles(ctx, workspaceId, folder.dialect, changed, tracked);
    const files = some ?? everyFile(ctx, workspaceId, folder, disk, result);
    const conflicts = ctx.sync.conflicts(workspaceId);
    const conflicted = new Set(conflicts.map((open) => open.decisionId));
    const settled: string[] = [];
    const failed: string[] = [];
    for (const record of files.all) {
      const file = files.fileOf(record.id);
      if (conflicted.has(record.id)) {
        result.conflicts.push(file?.path ?? files.paths.get(record.id) ?? record.id);
        continue;
      }
      if (file && file.diskHash === null && record.deletedAt !== null) continue;
      const onDisk = file && disk.get(file.path);
      if (onDisk && 'unreadable' in onDisk) {
        failed.push(record.id);
        continue;
      }
      try {
        if (syncRecord(ctx, folder, files, record, file, disk, result)) settled.push(record.id);
      } catch (error) {
        if (error instanceof AppError) throw error;
        failed.push(record.id);
        result.problems.push({ file: file?.path ?? files.paths.get(record.id) ?? record.id, message: reasonOf(error) });
      }
    }
    if (some) {
      const looked = new Set(files.all.map((record) => record.id));
      result.conflicts.push(...conflicts.filter((open) => !looked.has(open.decisionId)).map((open) => open.path));
    }
    if (settled.length > 0) {
      const again = some && someWorkspaceFiles(ctx, workspaceId, folder.dialect, new Set(settled), ctx.sync.tracked(workspaceId));
      settleAppHashes(ctx, again || workspaceFiles(ctx, workspaceId, folder.dialect), settled);
    }
    // Reading the workspace again to name the files is only worth it when some number is held twice.
    if (ctx.sync.hasDuplicateNumbers(workspaceId)) result.duplicates = duplicateNumbers(workspaceFiles(ctx, workspaceId, folder.dialect));
    ctx.sync.saveFolder({ ...folder, lastSyncedAt: ctx.now().toISOString() });
    if (some) failed.push(...files.live.filter((record) => (ctx.sync.file(record.id)?.diskHash ?? null) === null).map((record) => record.id));
    ctx.sync.pending.settle(workspaceId, pending.upTo, failed, { everyUnsynced: !some });
    return result;
  });
}

/** Past this many changed decisions, planning the whole workspace costs less than looking them up one by one. */
const MAX_CHANGED = 500;

/**
 * The decisions a sync must look at when the folder holds no new file and lost none: those changed
 * in the app since the last sync and those whose file was edited. Null when the whole workspace must
 * be looked at.
 */
function changedDecisions(tracked: readonly TrackedFile[], disk: Map<string, DiskFile>, pendingIds: readonly string[]): Set<string> | null {
  const ids = new Set(pendingIds);
  let onDisk = 0;
  for (const file of tracked) {
    if (file.diskHash === null) continue;
    const found = disk.get(file.path);
    if (!found) return null;
    onDisk++;
    if (isRead(found) && contentHash(found.text) !== file.diskHash) ids.add(file.decisionId);
  }
  if (disk.size !== onDisk || ids.size > MAX_CHANGED) return null;
  return ids;
}

/** The whole workspace, after finding files moved on disk and bringing in new ones. */
function everyFile(ctx: CoreContext, workspaceId: string, folder: SyncFolder, disk: Map<string, DiskFile>, result: SyncResult): WorkspaceFiles {
  const known = ctx.sync.files(workspaceId);
  findRenamedFiles(ctx, known, disk, result);
  const tracked = new Set([...known.map((file) => file.path), ...result.renamed.map((move) => move.to)]);
  const arrivals = [...disk.values()].filter((file): file is TextFile => isRead(file) && !tracked.has(file.name));
  bringInNewFiles(ctx, workspaceId, folder, arrivals, result);
  // The file state read above is still current unless a file was found renamed or new files came in.
  const unchanged = result.renamed.length === 0 && arrivals.length === 0;
  return workspaceFiles(ctx, workspaceId, folder.dialect, unchanged ? known : ctx.sync.files(workspaceId));
}

/**
 * The record files of the folder by name; unreadable ones are reported as problems. A tracked file
 * whose size and times are those cached with its synced hash is not read (ADR 0009):
 * a no-op sync then costs a stat per file instead of a read and a hash.
 */
function readDisk(ctx: CoreContext, workspaceId: string, folder: string, known: readonly TrackedFile[], result: SyncResult): Map<string, DiskFile> {
  const cached = ctx.sync.fileStats.of(workspaceId);
  const syncedHashes = new Map(known.flatMap((file) => (file.diskHash === null ? [] : [[file.path, file.diskHash] as const])));
  const startedAt = Date.now();
  const disk = new Map<string, DiskFile>();
  const seen = new Set<string>();
  // Joined by hand: path.join normalises every name, a tenth of a no-op sync at 10,000 files.
  const prefix = path.join(folder, path.sep);
  const listed = listFolder(folder);
  removeLeftoverTempFiles(folder, listed.other);
  for (const name of listed.markdown) {
    if (isNotARecord(name)) continue;
    const full = prefix + name;
    seen.add(full);
    const stat = statBeforeReading(full);
    const before = cached.get(full);
    const same = stat && before && before.size === stat.size && before.mtimeMs === stat.mtimeMs && before.ctimeMs === stat.ctimeMs;
    if (same && before.contentHash === syncedHashes.get(name)) {
      disk.set(name, { name, unread: true });
      continue;
    }
    const file = readMarkdownFile(folder, name);
    if ('error' in file) {
      const tracked = syncedHashes.has(name);
      result.problems.push({ file: name, message: tracked ? `${file.error}; its decision was left as it is until the file can be read` : file.error });
      disk.set(name, { name, unreadable: true });
      continue;
    }
    disk.set(name, file);
    if (stat) ctx.sync.fileStats.remember(workspaceId, full, stat, startedAt, contentHash(file.text));
  }
  for (const file of cached.keys()) if (!seen.has(file)) ctx.sync.fileStats.forget(workspaceId, file);
  return disk;
}

function isRead(file: DiskFile): file is TextFile {
  return 'text' in file;
}

const CAIRN_ID = /cairn-id:\s*"?([0-9a-f-]{36})/i;

/** A tracked file missing from its place is found again under a new name by its Cairn id or its unchanged bytes. */
function findRenamedFiles(ctx: CoreContext, files: readonly DecisionFile[], disk: Map<string, DiskFile>, result: SyncResult): void {
  const trackedPaths = new Set(files.map((file) => file.path));
  const missing = files.filter((file) => file.diskHash !== null && !disk.has(file.path));
  if (missing.length === 0) return;
  const untracked = [...disk.values()].filter((file): file is TextFile => isRead(file) && !trackedPaths.has(file.name));
  for (const file of missing) {
    const found = untracked.find(
      (candidate) => CAIRN_ID.exec(candidate.text)?.[1]?.toLowerCase() === file.decisionId || contentHash(candidate.text) === file.diskHash,
    );
    if (!found) continue;
    untracked.splice(untracked.indexOf(found), 1);
    // The hash stays: a file moved and edited is then pulled as an edit.
    ctx.sync.saveFile({ ...file, path: found.name });
    result.renamed.push({ from: file.path, to: found.name });
  }
}

function bringInNewFiles(ctx: CoreContext, workspaceId: string, folder: SyncFolder, arrivals: TextFile[], result: SyncResult): void {
  const incoming: IncomingRecord[] = [];
  for (const file of arrivals) {
    const read = readRecordFile(file);
    if (!read.ok) {
      result.problems.push({ file: file.name, message: read.reason });
      continue;
    }
    const known = read.document.id === null ? undefined : ctx.decisions.find(read.document.id);
    if (known && known.workspaceId === workspaceId) {
      result.problems.push({ file: file.name, message: `${file.name} holds the id of a decision whose file is ${ctx.sync.file(known.id)?.path ?? 'not written yet'}; a copy? It was not imported.` });
      continue;
    }
    incoming.push(read);
  }
  storeRecords(ctx, workspaceId, incoming, { onDisk: true, chosen: folder.dialect });
  result.pulled.push(...incoming.map((item) => item.name));
}

/** Brings one decision and its file in step; returns whether its state was recorded as synced. */
function syncRecord(
  ctx: CoreContext,
  folder: SyncFolder,
  files: WorkspaceFiles,
  record: DecisionRecord,
  file: DecisionFile | undefined,
  disk: Map<string, DiskFile>,
  result: SyncResult,
): boolean {
  const onDisk = file ? disk.get(file.path) : undefined;
  // The file as edited on disk since the last sync; null when it is unchanged (or gone).
  const edited = file !== undefined && file.diskHash !== null && onDisk !== undefined && isRead(onDisk) && contentHash(onDisk.text) !== file.diskHash ? onDisk : null;

  if (record.deletedAt !== null) {
    if (!file || !onDisk) {
      if (file) ctx.sync.forgetFile(record.id);
      return false;
    }
    if (edited) return pull(ctx, files, record, edited, result);
    removeFile(folder.path, file.path);
    ctx.sync.forgetFile(record.id);
    result.deleted.push(file.path);
    return false;
  }

  if (!file || file.diskHash === null) return push(ctx, folder, files, record, file, files.render(record), result);
  // An unchanged render key means an unchanged rendering: no need to render (the common, no-op case).
  const rendered = file.renderKey === files.renderKey(record) ? null : files.render(record);
  const appChanged = rendered !== null && (contentHash(rendered.text) !== file.appHash || rendered.path !== file.path);

  if (!onDisk) {
    if (rendered !== null && appChanged) return conflict(ctx, record, file.path, null, rendered.text, result);
    ctx.decisions.moveToTrash(record, ctx.now().toISOString());
    ctx.sync.forgetFile(record.id);
    result.deleted.push(file.path);
    return false;
  }
  if (rendered !== null && edited && appChanged) {
    if (edited.text === rendered.text && file.path === rendered.path) return markSynced(ctx, files, record, file, edited.text);
    return conflict(ctx, record, file.path, edited.text, rendered.text, result);
  }
  if (edited) return pull(ctx, files, record, edited, result);
  if (rendered !== null && appChanged) return push(ctx, folder, files, record, file, rendered, result);
  // Rendered the same as at the last sync: remember the new key, so the next sync need not render it.
  if (rendered !== null) ctx.sync.saveFile({ ...file, renderKey: files.renderKey(record) });
  return false;
}

function pull(ctx: CoreContext, files: WorkspaceFiles, record: DecisionRecord, onDisk: TextFile, result: SyncResult): boolean {
  const read: RecordFile = readRecordFile(onDisk);
  if (!read.ok) {
    result.problems.push({ file: onDisk.name, message: read.reason });
    return false;
  }
  for (const note of pullRecord(ctx, files, record, read)) result.problems.push({ file: onDisk.name, message: note.message });
  result.pulled.push(onDisk.name);
  return true;
}

function push(
  ctx: CoreContext,
  folder: SyncFolder,
  files: WorkspaceFiles,
  record: DecisionRecord,
  file: DecisionFile | undefined,
  rendered: ReturnType<WorkspaceFiles['render']>,
  result: SyncResult,
): boolean {
  const target = path.join(folder.path, rendered.path);
  const ownFile = file !== undefined && file.diskHash !== null && file.path === rendered.path;
  if (!ownFile && fs.existsSync(target) && fs.readFileSync(target, 'utf8') !== rendered.text) {
    result.problems.push({ file: rendered.path, message: `${rendered.path} exists and is not this decision's file, so it was not written over` });
    return false;
  }
  writeFileIfChanged(folder.path, rendered.path, rendered.text);
  if (file && file.diskHash !== null && file.path !== rendered.path) {
    removeFile(folder.path, file.path);
    result.renamed.push({ from: file.path, to: rendered.path });
  }
  ctx.sync.saveFile({
    decisionId: record.id,
    workspaceId: record.workspaceId,
    path: rendered.path,
    document: rendered.document,
    linkTargets: rendered.linkTargets,
    fileNumber: rendered.document.number,
    syncedNumber: record.number,
    diskHash: contentHash(rendered.text),
    appHash: contentHash(rendered.text),
    renderKey: files.renderKey(record),
    syncedAt: ctx.now().toISOString(),
  });
  result.pushed.push(rendered.path);
  return false;
}

function markSynced(ctx: CoreContext, files: WorkspaceFiles, record: DecisionRecord, file: DecisionFile, text: string): boolean {
  ctx.sync.saveFile({ ...file, diskHash: contentHash(text), appHash: contentHash(text), renderKey: files.renderKey(record), syncedAt: ctx.now().toISOString() });
  return false;
}

function conflict(
  ctx: CoreContext,
  record: DecisionRecord,
  filePath: string,
  diskText: string | null,
  appText: string,
  result: SyncResult,
): boolean {
  ctx.sync.saveConflict({ decisionId: record.id, workspaceId: record.workspaceId, path: filePath, diskText, appText, detectedAt: ctx.now().toISOString() });
  result.conflicts.push(filePath);
  return false;
}

/** Numbers held by more than one live decision (two branches that both added 0042), with their files. */
function duplicateNumbers(files: WorkspaceFiles): SyncResult['duplicates'] {
  const byNumber = new Map<number, { file: string; id: string }[]>();
  for (const record of files.live) {
    const held = byNumber.get(record.number) ?? [];
    held.push({ file: files.paths.get(record.id) ?? record.id, id: record.id });
    byNumber.set(record.number, held);
  }
  return [...byNumber.entries()]
    .filter(([, held]) => held.length > 1)
    .map(([number, held]) => {
      const sorted = held.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      return { number, files: sorted.map((h) => h.file), decisionIds: sorted.map((h) => h.id) };
    });
}
