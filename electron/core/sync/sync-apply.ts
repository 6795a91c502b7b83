import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/api-result';
import type { SyncResult } from '../../../shared/api/sync-operations';
import type { CoreContext } from '../core-context';
import type { DecisionRecord } from '../decisions';
import { reasonOf, removeFile, removeLeftoverTempFiles, writeFileIfChanged } from '../files';
import { incomingRecord, settleAppHashes, storeRecords } from './import/record-import';
import { pullRecord } from './record-pull';
import type { RenderedRecord } from './record-rendering';
import type { DecisionFile } from './sync-store';
import type { SyncAction } from './sync-plan';
import type { PlannedSync } from './sync-planning';
import { someWorkspaceFiles, workspaceFiles, type WorkspaceFiles } from './workspace-files';

export function emptySyncResult(): SyncResult {
  return { pulled: [], pushed: [], deleted: [], renamed: [], conflicts: [], duplicates: [], problems: [] };
}

export interface AppliedSync {
  result: SyncResult;
  /**
   * Decisions this sync's own writes may have changed the rendering of (a pulled file's links, a
   * decision gone to the trash that others link to), besides those it brought in step itself; '*'
   * when it cannot say. A plan is made before anything is applied, so it cannot know these.
   */
  knockOn: string[];
}

/**
 * Carries out a plan: the database writes in the caller's transaction, the files written atomically
 * before it commits, so a crash in between leaves files that the next sync recognises as already in
 * step. One action that fails (a file that cannot be written) is reported and tried again at the
 * next sync; the others go ahead.
 */
export function applySyncPlan(ctx: CoreContext, planned: PlannedSync): AppliedSync {
  const { folder, reading, plan, files, pending } = planned;
  const { workspaceId } = folder;
  const result = emptySyncResult();
  if (plan.unavailable) return { result: { ...result, unavailable: plan.unavailable }, knockOn: [] };

  removeLeftoverTempFiles(folder.path, reading.others);
  for (const { file, stat } of reading.remember) ctx.sync.fileStats.save(workspaceId, file, stat);
  for (const file of reading.forget) ctx.sync.fileStats.forget(workspaceId, file);

  // New files come in first, together: they take their numbers and links in one batch.
  const arrivals = plan.actions.filter((action): action is Extract<SyncAction, { kind: 'pull' }> => action.kind === 'pull' && action.decisionId === null);
  const stored = storeRecords(ctx, workspaceId, arrivals.map((action) => incomingRecord(action.read)), { onDisk: true, chosen: folder.dialect });
  result.pulled.push(...arrivals.map((action) => action.file));
  // Links in pulled files may name the new records, so they resolve against the workspace with them in it.
  let around: WorkspaceFiles | null = arrivals.length === 0 ? files : null;
  const surroundings = () => (around ??= workspaceFiles(ctx, workspaceId, folder.dialect));

  const records = new Map(files.all.map((record) => [record.id, record]));
  const settled: string[] = [];
  const failed: string[] = [];
  for (const action of plan.actions) {
    if (action.kind === 'pull' && action.decisionId === null) continue;
    const record = action.decisionId === null ? undefined : records.get(action.decisionId);
    try {
      if (applyAction(ctx, { folder: folder.path, record, action, surroundings, result })) settled.push(record?.id as string);
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (action.decisionId !== null) failed.push(action.decisionId);
      result.problems.push({ file: action.file ?? action.decisionId ?? '', message: reasonOf(error) });
    }
    if (action.kind === 'unreadable' && action.decisionId !== null) failed.push(action.decisionId);
  }

  if (settled.length > 0) {
    const again = !plan.everything && someWorkspaceFiles(ctx, workspaceId, folder.dialect, new Set(settled));
    settleAppHashes(ctx, again || workspaceFiles(ctx, workspaceId, folder.dialect), settled);
  }
  // Reading the workspace again to name the files is only worth it when some number is held twice.
  if (ctx.sync.hasDuplicateNumbers(workspaceId)) result.duplicates = duplicateNumbers(workspaceFiles(ctx, workspaceId, folder.dialect));
  ctx.sync.saveFolder({ ...folder, lastSyncedAt: ctx.now().toISOString() });
  if (!plan.everything) failed.push(...files.live.filter((record) => (ctx.sync.file(record.id)?.diskHash ?? null) === null).map((record) => record.id));
  // Marked by the triggers while this sync wrote; those it settled itself are in step already.
  const inStep = new Set([...settled, ...stored.map((item) => item.record.id)]);
  const knockOn = ctx.sync.pending.after(workspaceId, pending.upTo).filter((id) => !inStep.has(id));
  ctx.sync.pending.settle(workspaceId, pending.upTo, failed, { everyUnsynced: plan.everything });
  return { result, knockOn };
}

/** Two passes of one sync as one result: the files of both, the second's view of what is held twice. */
export function mergeSyncResults(first: SyncResult, second: SyncResult): SyncResult {
  const problems = new Map([...first.problems, ...second.problems].map((problem) => [`${problem.file}\n${problem.message}`, problem]));
  return {
    pulled: [...first.pulled, ...second.pulled],
    pushed: [...first.pushed, ...second.pushed],
    deleted: [...first.deleted, ...second.deleted],
    renamed: [...first.renamed, ...second.renamed],
    conflicts: [...new Set([...first.conflicts, ...second.conflicts])],
    duplicates: second.duplicates,
    problems: [...problems.values()],
  };
}

interface ActionContext {
  folder: string;
  record: DecisionRecord | undefined;
  action: SyncAction;
  surroundings: () => WorkspaceFiles;
  result: SyncResult;
}

/** Applies one action; returns whether the decision took in its file (its app hash is then settled). */
function applyAction(ctx: CoreContext, { folder, record, action, surroundings, result }: ActionContext): boolean {
  const decision = () => {
    if (!record) throw new Error(`Decision ${action.decisionId ?? ''} of the plan is not in the workspace.`);
    return record;
  };
  const fileOf = (id: string) => {
    const file = ctx.sync.file(id);
    if (!file) throw new Error(`Decision ${id} of the plan has no file row.`);
    return file;
  };
  switch (action.kind) {
    case 'rename':
      ctx.sync.saveFile({ ...fileOf(action.decisionId), path: action.file });
      result.renamed.push({ from: action.from, to: action.file });
      return false;
    case 'pull': {
      for (const note of pullRecord(ctx, surroundings(), decision(), action.read)) result.problems.push({ file: action.file, message: note.message });
      result.pulled.push(action.file);
      return true;
    }
    case 'push':
    case 'renumber':
      push(ctx, folder, decision(), action, result);
      return false;
    case 'conflict':
      if (!action.open) {
        const { decisionId, file, diskText, appText } = action;
        ctx.sync.saveConflict({ decisionId, workspaceId: decision().workspaceId, path: file, diskText, appText, detectedAt: ctx.now().toISOString() });
      }
      result.conflicts.push(action.file);
      return false;
    case 'delete':
      if (action.what === 'decision') ctx.decisions.moveToTrash(decision(), ctx.now().toISOString());
      else removeFile(folder, action.file);
      ctx.sync.forgetFile(action.decisionId);
      result.deleted.push(action.file);
      return false;
    case 'unreadable':
      result.problems.push({ file: action.file, message: action.reason });
      return false;
    case 'leave':
      if (action.note !== null && action.file !== null) result.problems.push({ file: action.file, message: action.note });
      if (action.remember && action.decisionId !== null) {
        const remember = action.remember;
        if (remember.what === 'file-gone') ctx.sync.forgetFile(action.decisionId);
        else {
          const file = fileOf(action.decisionId);
          const synced = remember.what === 'in-step' ? { diskHash: remember.hash, appHash: remember.hash, syncedAt: ctx.now().toISOString() } : {};
          ctx.sync.saveFile({ ...file, ...synced, renderKey: remember.renderKey });
        }
      }
      return false;
  }
}

function push(ctx: CoreContext, folder: string, record: DecisionRecord, action: Extract<SyncAction, { kind: 'push' | 'renumber' }>, result: SyncResult): void {
  const { rendered } = action;
  const target = path.join(folder, rendered.path);
  const ownFile = !action.first && action.from === null;
  if (!ownFile && fs.existsSync(target) && fs.readFileSync(target, 'utf8') !== rendered.text) {
    result.problems.push({ file: rendered.path, message: `${rendered.path} exists and is not this decision's file, so it was not written over` });
    return;
  }
  writeFileIfChanged(folder, rendered.path, rendered.text);
  if (action.from !== null) {
    removeFile(folder, action.from);
    result.renamed.push({ from: action.from, to: rendered.path });
  }
  ctx.sync.saveFile(fileInStep(record, rendered, rendered.hash, action.renderKey, ctx.now().toISOString()));
  result.pushed.push(rendered.path);
}

/** What the store keeps of a record just written to its file: disk and app agree on `hash`. */
export function fileInStep(record: DecisionRecord, rendered: RenderedRecord, hash: string, renderKey: string | null, syncedAt: string): DecisionFile {
  return {
    decisionId: record.id,
    workspaceId: record.workspaceId,
    path: rendered.path,
    document: rendered.document,
    linkTargets: rendered.linkTargets,
    fileNumber: rendered.document.number,
    syncedNumber: record.number,
    diskHash: hash,
    appHash: hash,
    renderKey,
    syncedAt,
  };
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
