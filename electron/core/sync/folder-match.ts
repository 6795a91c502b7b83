import type { TrackedFile } from './sync-store';

/** A record file of the folder as a sync found it. */
export type DiskEntry =
  /** Its size and times are those cached with its synced hash: it holds what it held, and was not read. */
  | { name: string; state: 'unchanged' }
  /** There, but not readable as text (binary, not UTF-8, too big, no permission). */
  | { name: string; state: 'unreadable'; reason: string }
  | ReadEntry;

export interface ReadEntry {
  name: string;
  state: 'read';
  text: string;
  hash: string;
  modified: Date;
  /** The Cairn id the text holds, if any. */
  cairnId: string | null;
}

/** The folder as read for one sync. */
export interface FolderState {
  /** False when the folder itself is gone. */
  present: boolean;
  /** The record files looked at, by name. */
  entries: ReadonlyMap<string, DiskEntry>;
  /**
   * 'all': the folder was listed, so a name missing from `entries` is gone. A set: only these names
   * were looked at (the files a watcher saw change); every other file is as the last sync left it.
   */
  scope: 'all' | ReadonlySet<string>;
}

export interface MatchInputs {
  folder: FolderState;
  /**
   * The workspace's file rows: every one when the folder was listed; for a folder read by names (a
   * set as its scope), at least those at these names and those of the decisions in `owned`.
   */
  tracked: readonly TrackedFile[];
  /** How many of the workspace's rows have a synced hash (all of them, whether in `tracked` or not). */
  synced: number;
  /** The Cairn ids found in unclaimed files (`unclaimedEntries`) that are decisions of this workspace. */
  owned: ReadonlySet<string>;
  /** Of those, the decisions in the trash with no file in the folder: a file holding one's id is it coming back. */
  inTrash: ReadonlySet<string>;
}

/** How the files found relate to the files the last sync left. */
export interface FolderMatch {
  /** Files synced before found again under another name, by their Cairn id or unchanged bytes. */
  renames: { decisionId: string; from: string; to: string }[];
  /** Files that are nobody's yet: new decisions. */
  arrivals: ReadEntry[];
  /** Unclaimed files that cannot be read. */
  unreadable: { name: string; reason: string }[];
  /** Files back in the folder holding the id of a decision in the trash: it comes back from the trash, the same decision. */
  returns: { entry: ReadEntry; decisionId: string }[];
  /** Files that hold the id of a decision of the workspace whose own file is elsewhere. */
  copies: { entry: ReadEntry; decisionId: string; fileOfDecision: string | null }[];
  /** Files the last sync left in the folder (tracked with a synced hash). */
  synced: number;
  /** Of those, the ones that are gone and were not found under another name. */
  lost: number;
  /** Every synced file is where it was and nothing new is there: only the decisions that changed need a look. */
  settled: boolean;
}

/** Which names a tracked row holds, so a file there is that decision's file. */
function claimedPaths(tracked: readonly TrackedFile[]): Set<string> {
  return new Set(tracked.map((file) => file.path));
}

/** The read files no tracked row claims, by name: the only ones whose Cairn ids matter. */
export function unclaimedEntries(folder: FolderState, tracked: readonly TrackedFile[]): ReadEntry[] {
  const claimed = claimedPaths(tracked);
  return [...folder.entries.values()]
    .filter((entry): entry is ReadEntry => entry.state === 'read' && !claimed.has(entry.name))
    .sort((a, b) => compare(a.name, b.name));
}

/** Whether the file at `path` is in the folder; outside a watcher's scope, files are as the last sync left them. */
export function isPresent(folder: FolderState, path: string): boolean {
  if (folder.entries.has(path)) return true;
  return folder.scope !== 'all' && !folder.scope.has(path);
}

/**
 * Matches what is in the folder with what the last sync left there. Pure: the files read and the
 * store's rows go in as data. A file nobody claims is, in this order: a synced file moved (it holds
 * that decision's id), a decision in the trash coming back (its id), a copy of a decision's file
 * (its id, the decision's own file being elsewhere), a synced file moved (its unchanged bytes), or else a new file.
 */
export function matchFolder({ folder, tracked, synced, owned, inTrash }: MatchInputs): FolderMatch {
  const withHash = tracked.filter((file) => file.diskHash !== null);
  const missing = folder.present ? withHash.filter((file) => !isPresent(folder, file.path)) : withHash;
  const missingById = new Map(missing.map((file) => [file.decisionId, file]));
  const missingByHash = new Map<string, TrackedFile>();
  for (const file of missing) if (!missingByHash.has(file.diskHash as string)) missingByHash.set(file.diskHash as string, file);
  const claimed = claimedPaths(tracked);
  const fileOf = new Map(tracked.map((file) => [file.decisionId, file]));

  const match: FolderMatch = { renames: [], arrivals: [], unreadable: [], returns: [], copies: [], synced, lost: 0, settled: false };
  const returned = new Map<string, string>();
  const moved = new Set<string>();
  const follow = (file: TrackedFile, entry: ReadEntry) => {
    moved.add(file.decisionId);
    match.renames.push({ decisionId: file.decisionId, from: file.path, to: entry.name });
  };
  const names = [...folder.entries.keys()].filter((name) => !claimed.has(name)).sort(compare);
  for (const name of names) {
    const entry = folder.entries.get(name) as DiskEntry;
    if (entry.state === 'unreadable') {
      match.unreadable.push({ name, reason: entry.reason });
      continue;
    }
    // Only a claimed file can be 'unchanged' (the stat cache holds synced files), so this one was read.
    if (entry.state !== 'read') continue;
    const id = entry.cairnId;
    const byId = id === null ? undefined : missingById.get(id);
    const byHash = missingByHash.get(entry.hash);
    if (byId && !moved.has(byId.decisionId)) follow(byId, entry);
    else if (id !== null && inTrash.has(id) && !returned.has(id)) {
      returned.set(id, name);
      match.returns.push({ entry, decisionId: id });
    } else if (id !== null && owned.has(id)) match.copies.push({ entry, decisionId: id, fileOfDecision: fileOf.get(id)?.path ?? returned.get(id) ?? null });
    else if (byHash && !moved.has(byHash.decisionId)) follow(byHash, entry);
    else match.arrivals.push(entry);
  }
  match.lost = missing.filter((file) => !moved.has(file.decisionId)).length;
  match.settled = match.lost === 0 && names.length === 0;
  return match;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
