import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../core-context';
import { isNotARecord, listFolder, readMarkdownFile } from '../files';
import { contentHash } from './content-hash';
import type { DiskEntry, FolderState } from './folder-match';
import { isSettled, statBeforeReading, type FileStat } from './sync-file-stats';
import type { TrackedFile } from './sync-store';

/** The folder as read, and what applying the sync will tell the stat cache and clean up. */
export interface FolderReading {
  state: FolderState;
  /** Files read whose stat can stand for their bytes from now on (by absolute path). */
  remember: { file: string; stat: FileStat }[];
  /** Cached stats of files that are gone (by absolute path). */
  forget: string[];
  /** Names of the folder's other entries, among them temporary files a killed Cairn left. */
  others: string[];
}

const CAIRN_ID = /cairn-id:\s*"?([0-9a-f-]{36})/i;

/**
 * Reads the folder's record files for a sync; changes nothing (the stat cache is updated when the
 * sync is applied). A tracked file whose size and times are those cached with its synced hash is not
 * read (ADR 0009): a no-op sync then costs a stat per file instead of a read and a hash. With `paths`
 * (what a watcher saw change), only those names are looked at and the folder is not listed.
 */
export function readFolder(ctx: CoreContext, workspaceId: string, folder: string, tracked: readonly TrackedFile[], paths: readonly string[] | null): FolderReading {
  const reading: FolderReading = { state: { present: isFolder(folder), entries: new Map(), scope: 'all' }, remember: [], forget: [], others: [] };
  if (!reading.state.present) return reading;
  const syncedHashes = new Map(tracked.flatMap((file) => (file.diskHash === null ? [] : [[file.path, file.diskHash] as const])));
  const entries = new Map<string, DiskEntry>();
  // Joined by hand: path.join normalises every name, a tenth of a no-op sync at 10,000 files.
  const prefix = path.join(folder, path.sep);
  let names: string[];
  let cachedStat: (file: string) => FileStat | undefined;
  // A file the sync already keeps as a record stays one, even when today's rules name it a template
  // (kordis' `adr000-template.md` imported before they did): else the next sync would trash its decision.
  const trackedNames = new Set(tracked.map((file) => file.path));
  const isRecordName = (name: string) => !isNotARecord(name) || trackedNames.has(name);
  if (paths === null) {
    const listed = listFolder(folder);
    names = listed.markdown.filter(isRecordName);
    reading.others = listed.other;
    const cached = ctx.sync.fileStats.of(workspaceId);
    cachedStat = (file) => cached.get(file);
    const seen = new Set(names.map((name) => prefix + name));
    for (const file of cached.keys()) if (!seen.has(file)) reading.forget.push(file);
  } else {
    names = [...new Set(paths)].filter((name) => isDirectMarkdownName(name) && isRecordName(name));
    reading.state.scope = new Set(names);
    cachedStat = (file) => ctx.sync.fileStats.get(workspaceId, file);
  }
  const startedAt = Date.now();
  for (const name of names) {
    const full = prefix + name;
    const stat = statBeforeReading(full);
    if (paths !== null && (stat === null || !stat.isFile())) {
      // Gone (or never a file): forgotten by the cache, and missing from the entries.
      reading.forget.push(full);
      continue;
    }
    const before = cachedStat(full);
    const same = stat && before && before.size === stat.size && before.mtimeMs === stat.mtimeMs && before.ctimeMs === stat.ctimeMs;
    if (same && before.contentHash === syncedHashes.get(name)) {
      entries.set(name, { name, state: 'unchanged' });
      continue;
    }
    const file = readMarkdownFile(folder, name);
    if ('error' in file) {
      entries.set(name, { name, state: 'unreadable', reason: file.error });
      continue;
    }
    const hash = contentHash(file.text);
    entries.set(name, { name, state: 'read', text: file.text, hash, modified: file.modified, cairnId: CAIRN_ID.exec(file.text)?.[1]?.toLowerCase() ?? null });
    if (stat && isSettled(stat, startedAt)) reading.remember.push({ file: full, stat: { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, contentHash: hash } });
  }
  reading.state.entries = entries;
  return reading;
}

/** A Markdown file directly in the folder (a watcher may name files in subfolders). */
function isDirectMarkdownName(name: string): boolean {
  return /\.md$/i.test(name) && !name.includes('/') && !name.includes(path.sep) && name !== '.' && name !== '..';
}

function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
