import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { CoreContext } from '../core-context';
import type { DecisionRecord } from '../decisions';
import { contentHash } from './content-hash';
import { judgeFolderLoss } from './folder-loss-guard';
import { matchFolder, unclaimedEntries, type FolderMatch, type FolderState, type ReadEntry } from './folder-match';
import { readFolder, type FolderReading } from './folder-reading';
import { planSync, type RecordState, type SyncPlan } from './sync-plan';
import type { PendingChanges } from './sync-pending';
import type { DecisionFile, SyncFolder, TrackedFile } from './sync-store';
import { someWorkspaceFiles, workspaceFiles, type WorkspaceFiles } from './workspace-files';

export interface SyncOptions {
  /** Go ahead although the folder lost most of its files. */
  force: boolean;
  /** Only these files changed (a watcher's events); null: read the whole folder. */
  paths: readonly string[] | null;
  /** When git says each file of the folder was added (`folderAddedDates`), for new files that give no date; none when not looked up. */
  addedDates?: ReadonlyMap<string, CalendarDate> | undefined;
}

/** A plan with what it was made from, which applying it needs. */
export interface PlannedSync {
  folder: SyncFolder;
  reading: FolderReading;
  match: FolderMatch;
  plan: SyncPlan;
  /** The decisions planned, and how each is written now. */
  files: WorkspaceFiles;
  pending: PendingChanges;
}

const NO_DATES: ReadonlyMap<string, CalendarDate> = new Map();

/** Past this many changed decisions, planning the whole workspace costs less than looking them up one by one. */
const MAX_CHANGED = 500;

/**
 * Reads the folder and the store and plans the sync (the side effects are here; the decisions are in
 * matchFolder and planSync). Call inside a transaction, so what the plan was made from is what it is
 * applied to.
 */
export function planWorkspaceSync(ctx: CoreContext, folder: SyncFolder, options: SyncOptions): PlannedSync {
  const { workspaceId } = folder;
  const pending = ctx.sync.pending.of(workspaceId);
  // A sync of named files reads the rows at those names only, and later those of the ids their files hold.
  const atNames = options.paths === null ? ctx.sync.tracked(workspaceId) : ctx.sync.trackedAt(workspaceId, options.paths);
  const reading = readFolder(ctx, workspaceId, folder.path, atNames, options.paths);
  const unclaimed = unclaimedEntries(reading.state, atNames);
  const tracked = options.paths === null ? atNames : [...atNames, ...rowsOfIdsHeld(ctx, workspaceId, unclaimed, atNames)];
  const withFile = new Set(tracked.map((file) => file.decisionId));
  const owned = new Set<string>();
  const inTrash = new Set<string>();
  for (const entry of unclaimed) {
    const record = entry.cairnId === null ? undefined : ctx.decisions.find(entry.cairnId);
    if (!record || record.workspaceId !== workspaceId) continue;
    owned.add(record.id);
    if (record.deletedAt !== null && !withFile.has(record.id)) inTrash.add(record.id);
  }
  const synced = options.paths === null ? tracked.filter((file) => file.diskHash !== null).length : ctx.sync.syncedCount(workspaceId);
  const match = matchFolder({ folder: reading.state, tracked, synced, owned, inTrash });
  // A named file gone may be the whole folder gone (moved, unmounted, another branch checked out
  // after the edits the watcher saw): only the whole listing tells, so the guard judges that.
  if (options.paths !== null && match.lost > 0) return planWorkspaceSync(ctx, folder, { ...options, paths: null });
  const unavailable = judgeFolderLoss({ present: reading.state.present, path: folder.path, synced: match.synced, lost: match.lost, force: options.force });
  if (unavailable) {
    // Nothing will change, so no decision is looked at or rendered: the plan says only why.
    const none = someWorkspaceFiles(ctx, workspaceId, folder.dialect, new Set()) ?? everyFile(ctx, folder, match);
    const plan = planSync({ folder: reading.state, match, records: [], everything: false, conflicts: [], unavailable, addedDates: NO_DATES });
    return { folder, reading, match, plan, files: none, pending };
  }
  const changed = match.settled && !pending.everything ? changedDecisions(tracked, reading.state, pending.decisionIds) : null;
  const some = changed && someWorkspaceFiles(ctx, workspaceId, folder.dialect, changed);
  const files = some ?? everyFile(ctx, folder, match);
  const plan = planSync({
    folder: reading.state,
    match,
    records: files.all.map((record) => recordState(files, record)),
    everything: !some,
    conflicts: ctx.sync.conflicts(workspaceId),
    unavailable: null,
    addedDates: options.addedDates ?? NO_DATES,
  });
  return { folder, reading, match, plan, files, pending };
}

/** The rows, not read yet, of the decisions whose ids unclaimed files hold: what matching them needs besides the rows at their names. */
function rowsOfIdsHeld(ctx: CoreContext, workspaceId: string, unclaimed: readonly ReadEntry[], tracked: readonly TrackedFile[]): TrackedFile[] {
  const read = new Set(tracked.map((file) => file.decisionId));
  const ids = [...new Set(unclaimed.flatMap((entry) => (entry.cairnId === null || read.has(entry.cairnId) ? [] : [entry.cairnId])))];
  return ctx.sync.trackedOf(workspaceId, ids);
}

/**
 * The decisions a sync must look at when every synced file is where it was and nothing new is in the
 * folder: those changed in the app since the last sync and those whose file was edited or cannot be
 * read. Null when there are so many that the whole workspace is cheaper.
 */
function changedDecisions(tracked: readonly TrackedFile[], folder: FolderState, pendingIds: readonly string[]): Set<string> | null {
  const ids = new Set(pendingIds);
  for (const file of tracked) {
    if (file.diskHash === null) continue;
    const entry = folder.entries.get(file.path);
    if (entry?.state === 'unreadable' || (entry?.state === 'read' && entry.hash !== file.diskHash)) ids.add(file.decisionId);
  }
  return ids.size > MAX_CHANGED ? null : ids;
}

/** The whole workspace as the sync will leave its files: moved ones under their new names, none planned over a file that is nobody's. */
function everyFile(ctx: CoreContext, folder: SyncFolder, match: FolderMatch): WorkspaceFiles {
  const moved = new Map(match.renames.map((move) => [move.decisionId, move.to]));
  const stored = ctx.sync.files(folder.workspaceId);
  const files = moved.size === 0 ? stored : stored.map((file): DecisionFile => (moved.has(file.decisionId) ? { ...file, path: moved.get(file.decisionId) as string } : file));
  // A file that holds the id of a decision with no file yet is that decision's first write, cut short
  // before it was recorded: its name is left free for that decision (sync-plan.ts takes the file as its).
  const reserved = [...match.arrivals.map((entry) => entry.name), ...match.returns.map((back) => back.entry.name), ...match.copies.filter((copy) => copy.fileOfDecision !== null).map((copy) => copy.entry.name), ...match.unreadable.map((file) => file.name)];
  return workspaceFiles(ctx, folder.workspaceId, folder.dialect, files, reserved);
}

function recordState(files: WorkspaceFiles, record: DecisionRecord): RecordState {
  const file = files.fileOf(record.id) ?? null;
  const base = { id: record.id, number: record.number, file, gitDate: record.sources.dateSource === 'git' ? record.content.date : null };
  if (record.deletedAt !== null) return { ...base, trashed: true, plannedPath: null, renderKey: '', rendered: null };
  const renderKey = files.renderKey(record);
  // An unchanged render key means an unchanged rendering: no need to render (the common, no-op case).
  const needed = files.knownHash(record, renderKey) === null;
  const rendered = needed ? files.render(record) : null;
  return {
    ...base,
    trashed: false,
    plannedPath: files.paths.get(record.id) ?? null,
    renderKey,
    rendered: rendered && { ...rendered, hash: contentHash(rendered.text) },
  };
}
