import type { SyncUnavailable } from '../../../shared/api/sync-operations';
import type { ParseOptions } from '../../../shared/dialects/adr-document';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { hasConflictMarkers, splitConflict } from '../../../shared/git/conflict-markers';
import { readRecordFile, type RecordFile } from '../files';
import { isPresent, type DiskEntry, type FolderMatch, type FolderState, type ReadEntry } from './folder-match';
import type { ReadRecord } from './record-pull';
import type { RenderedRecord } from './record-rendering';
import type { DecisionFile } from './sync-store';

/** What the plan needs of a decision's file row: where it is and what both sides held at the last sync. */
export type PlannedFile = Pick<DecisionFile, 'path' | 'diskHash' | 'appHash' | 'renderKey' | 'syncedNumber'>;

/** How the app would write a decision now. */
export type RenderedState = RenderedRecord & { hash: string };

/** One decision as the plan sees it. */
export interface RecordState {
  id: string;
  number: number;
  trashed: boolean;
  /** Its file as the last sync left it (under its new name if it was found moved); null when it has none. */
  file: PlannedFile | null;
  /** The file name it would be written under now (null in the trash). */
  plannedPath: string | null;
  /** What its rendering depends on now ('' in the trash, where it is not rendered). */
  renderKey: string;
  /**
   * How the app would write it now. Null in the trash, and when its file was synced and the render
   * key is the one saved then: the rendering is unchanged, so it was not made.
   */
  rendered: RenderedState | null;
  /** The date it holds from git history (the commit that added its file); null when its date is its file's, or unknown. */
  gitDate?: CalendarDate | null;
}

export interface PlanInputs {
  folder: FolderState;
  match: FolderMatch;
  /** The decisions looked at, by number: every one of the workspace, or only those changed since the last sync. */
  records: readonly RecordState[];
  /** Whether `records` is every decision of the workspace. */
  everything: boolean;
  /** The workspace's open conflicts: they wait for the person, whatever changed since. */
  conflicts: readonly { decisionId: string; path: string }[];
  /** Set when the folder looks moved or unmounted: the plan is then to change nothing. */
  unavailable: SyncUnavailable | null;
  /** When git says each file of the folder was added, for files that give no date of their own; empty when not looked up. */
  addedDates?: ReadonlyMap<string, CalendarDate>;
}

/** Bookkeeping a "leave" still records, though neither side changes. */
export type Remember =
  /** Both sides were edited to the same bytes: that is now the synced state. */
  | { what: 'in-step'; hash: string; renderKey: string }
  /** Rendered the same as at the last sync: the new key saves rendering it next time. */
  | { what: 'render-key'; renderKey: string }
  /** The file of a decision in the trash is gone: the row is forgotten. */
  | { what: 'file-gone' };

export type SyncAction =
  | { kind: 'rename'; decisionId: string; from: string; file: string }
  /** `decisionId` null: a new file, which becomes a new decision. `restore`: the decision is in the trash and comes back. */
  | { kind: 'pull'; decisionId: string | null; file: string; read: ReadRecord; restore: boolean }
  /** `first`: the decision has no file in the folder yet. `from`: the file it had, removed once the new one is written. */
  | { kind: 'push' | 'renumber'; decisionId: string; file: string; from: string | null; first: boolean; rendered: RenderedState; renderKey: string }
  /** `open`: found at an earlier sync, still waiting (the texts are in the store). */
  | { kind: 'conflict'; decisionId: string; file: string; open: false; diskText: string | null; appText: string }
  | { kind: 'conflict'; decisionId: string; file: string; open: true }
  /** 'decision': its file was deleted, it goes to the trash; 'file': it is in the trash, its file is deleted. */
  | { kind: 'delete'; decisionId: string; file: string; what: 'decision' | 'file' }
  | { kind: 'unreadable'; decisionId: string | null; file: string; reason: string }
  | { kind: 'leave'; decisionId: string | null; file: string | null; note: string | null; remember: Remember | null };

export interface SyncPlan {
  unavailable: SyncUnavailable | null;
  /** In the order they are applied: renames, files that are nobody's, decisions back from the trash, then the decisions by number. */
  actions: SyncAction[];
  /** Whether every decision was looked at (otherwise only those changed since the last sync). */
  everything: boolean;
}

const UNCHANGED: DiskEntry = { name: '', state: 'unchanged' };

/**
 * What a sync will do, decided from data alone (no file, no database): the folder as read, how its
 * files match the rows the last sync left, and each decision with its rendering. Per decision, the
 * file's hash and the app's rendering are compared with what they were at the last sync: an edit on
 * one side goes to the other; edits on both sides that do not already agree become a conflict. A file
 * deleted on disk moves its decision to the trash; a decision in the trash has its unedited file
 * deleted. New files come in, new decisions go out.
 */
export function planSync(inputs: PlanInputs): SyncPlan {
  const { folder, match, records, everything, conflicts, unavailable, addedDates } = inputs;
  const fromGit = (file: string) => gitDate(addedDates?.get(file) ?? null);
  if (unavailable) return { unavailable, actions: [], everything };
  const actions: SyncAction[] = [];
  for (const move of match.renames) actions.push({ kind: 'rename', decisionId: move.decisionId, from: move.from, file: move.to });
  for (const file of match.unreadable) actions.push({ kind: 'unreadable', decisionId: null, file: file.name, reason: file.reason });
  for (const entry of match.arrivals) {
    const read = parse(entry, fromGit(entry.name));
    actions.push(read.ok ? { kind: 'pull', decisionId: null, file: entry.name, read, restore: false } : { kind: 'unreadable', decisionId: null, file: entry.name, reason: read.reason });
  }
  for (const back of match.returns) {
    const read = parse(back.entry, fromGit(back.entry.name));
    const file = back.entry.name;
    actions.push(read.ok ? { kind: 'pull', decisionId: back.decisionId, file, read, restore: true } : { kind: 'unreadable', decisionId: back.decisionId, file, reason: read.reason });
  }
  const plannedPathOf = new Map(records.map((record) => [record.id, record.plannedPath]));
  for (const copy of match.copies) {
    // A first write that a crash cut short: the file is in place under the decision's own name, but the
    // sync that wrote it never recorded it. It is no copy: the decision's push below claims it (and says
    // plainly if its text is not what the app would write).
    if (copy.fileOfDecision === null && plannedPathOf.get(copy.decisionId) === copy.entry.name) continue;
    const note = `${copy.entry.name} holds the id of a decision whose file is ${copy.fileOfDecision ?? 'not written yet'}; a copy? It was not imported.`;
    actions.push({ kind: 'leave', decisionId: null, file: copy.entry.name, note, remember: null });
  }
  const open = new Set(conflicts.map((conflict) => conflict.decisionId));
  const entryOf = (path: string): DiskEntry | undefined => folder.entries.get(path) ?? (isPresent(folder, path) ? UNCHANGED : undefined);
  for (const record of records) actions.push(planRecord(record, { open, entryOf }));
  if (!everything) {
    const looked = new Set(records.map((record) => record.id));
    for (const conflict of conflicts) if (!looked.has(conflict.decisionId)) actions.push({ kind: 'conflict', decisionId: conflict.decisionId, file: conflict.path, open: true });
  }
  return { unavailable: null, actions, everything };
}

interface RecordSurroundings {
  open: ReadonlySet<string>;
  entryOf: (path: string) => DiskEntry | undefined;
}

function planRecord(record: RecordState, { open, entryOf }: RecordSurroundings): SyncAction {
  const { id, file } = record;
  if (open.has(id)) return { kind: 'conflict', decisionId: id, file: file?.path ?? record.plannedPath ?? id, open: true };
  if (record.trashed && (!file || file.diskHash === null)) return leave(record);

  const onDisk = file ? entryOf(file.path) : undefined;
  if (file && onDisk?.state === 'unreadable') {
    const reason = file.diskHash === null ? onDisk.reason : `${onDisk.reason}; its decision was left as it is until the file can be read`;
    return { kind: 'unreadable', decisionId: id, file: file.path, reason };
  }
  // The file as edited on disk since the last sync; null when it is unchanged (or gone).
  const edited = file && file.diskHash !== null && onDisk?.state === 'read' && onDisk.hash !== file.diskHash ? onDisk : null;
  if (file && edited && !record.trashed && hasConflictMarkers(edited.text)) {
    // A merge git could not finish wrote both sides into the file: never content, a conflict for the
    // person (their sides are split in the conflict screen). An unchanged rendering was not made: the
    // local side ("ours") is then what the app was last in step with.
    const appText = record.rendered?.text ?? splitConflict(edited.text)?.ours ?? edited.text;
    return { kind: 'conflict', decisionId: id, file: file.path, open: false, diskText: edited.text, appText };
  }

  if (record.trashed) {
    const synced = file as PlannedFile;
    if (!onDisk) return leave(record, { what: 'file-gone' });
    if (edited) return pull(record, edited, true);
    return { kind: 'delete', decisionId: id, file: synced.path, what: 'file' };
  }

  if (!file || file.diskHash === null) return push(record, file, required(record));
  const rendered = record.rendered;
  const appChanged = rendered !== null && (rendered.hash !== file.appHash || rendered.path !== file.path);
  if (!onDisk) {
    if (appChanged) return { kind: 'conflict', decisionId: id, file: file.path, open: false, diskText: null, appText: rendered.text };
    return { kind: 'delete', decisionId: id, file: file.path, what: 'decision' };
  }
  if (appChanged && edited) {
    if (edited.text === rendered.text && file.path === rendered.path) return leave(record, { what: 'in-step', hash: edited.hash, renderKey: record.renderKey });
    return { kind: 'conflict', decisionId: id, file: file.path, open: false, diskText: edited.text, appText: rendered.text };
  }
  if (edited) return pull(record, edited, false);
  if (appChanged) return push(record, file, rendered);
  return rendered === null ? leave(record) : leave(record, { what: 'render-key', renderKey: record.renderKey });
}

function pull(record: RecordState, entry: ReadEntry, restore: boolean): SyncAction {
  // A date from git stays while the file still gives none: an edit of its text does not lose it.
  const read = parse(entry, gitDate(record.gitDate ?? null));
  if (!read.ok) return { kind: 'unreadable', decisionId: record.id, file: entry.name, reason: read.reason };
  return { kind: 'pull', decisionId: record.id, file: entry.name, read, restore };
}

function push(record: RecordState, file: PlannedFile | null, rendered: RenderedState): SyncAction {
  const synced = file !== null && file.diskHash !== null;
  const from = synced && file.path !== rendered.path ? file.path : null;
  const kind = from !== null && record.number !== file?.syncedNumber ? 'renumber' : 'push';
  return { kind, decisionId: record.id, file: rendered.path, from, first: !synced, rendered, renderKey: record.renderKey };
}

function leave(record: RecordState, remember: Remember | null = null): SyncAction {
  return { kind: 'leave', decisionId: record.id, file: record.file?.path ?? null, note: null, remember };
}

function required(record: RecordState): RenderedState {
  if (!record.rendered) throw new Error(`Decision ${record.id} has no file yet, so it must be rendered before a sync is planned.`);
  return record.rendered;
}

function gitDate(date: CalendarDate | null): ParseOptions['knownDate'] {
  return date === null ? undefined : { date, source: 'git' };
}

function parse(entry: ReadEntry, knownDate: ParseOptions['knownDate']): RecordFile {
  if (hasConflictMarkers(entry.text)) {
    return { ok: false, name: entry.name, reason: `${entry.name} holds git's conflict markers (<<<<<<< … >>>>>>>): settle the merge in the file, then sync again` };
  }
  return readRecordFile({ name: entry.name, text: entry.text, modified: entry.modified }, knownDate);
}
