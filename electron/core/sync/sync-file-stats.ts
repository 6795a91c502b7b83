import type { Database, Statement } from 'better-sqlite3';
import fs from 'node:fs';

/**
 * A file's size, modification and change times as sync last saw them, with the hash of what it then
 * held. The change time also moves on a chmod or a rename, so a file made unreadable is read again.
 */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  contentHash: string;
}

/**
 * A file written this recently may change again within the same timestamp, so its stat is not
 * cached and it is read on every sync until it is older (git's "racily clean" files).
 */
const RACY_WINDOW_MS = 2000;

/**
 * The file's stat, taken before it is read (a change after the stat then shows in the next one), or
 * null when the file is gone.
 */
export function statBeforeReading(file: string): fs.Stats | null {
  try {
    return fs.statSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** Whether a stat taken at `takenAt` is old enough to stand for the bytes read after it. */
export function isSettled(stat: fs.Stats, takenAt: number, windowMs = RACY_WINDOW_MS): boolean {
  return takenAt - Math.max(stat.mtimeMs, stat.ctimeMs) > windowMs;
}

/**
 * The stat cache of synced folders (migration 7), keyed by the file's absolute path so a workspace
 * linked to another folder never takes an old folder's hashes. An entry only ever says "a file of this
 * size and time held these bytes", so a stale one costs a read, never a missed change.
 */
export class SyncFileStats {
  private readonly selectAll: Statement<[string], [string, number, number, number, string]>;
  private readonly selectOne: Statement<[string, string], FileStat>;
  private readonly upsert: Statement<[string, string, number, number, number, string]>;
  private readonly deleteOne: Statement<[string, string]>;

  constructor(db: Database) {
    // Rows as arrays: 10,000 of them are read by every sync.
    this.selectAll = db
      .prepare<[string], [string, number, number, number, string]>('SELECT file, size, mtime_ms, ctime_ms, content_hash FROM sync_file_stats WHERE workspace_id = ?')
      .raw();
    this.selectOne = db.prepare(
      'SELECT size, mtime_ms AS mtimeMs, ctime_ms AS ctimeMs, content_hash AS contentHash FROM sync_file_stats WHERE workspace_id = ? AND file = ?',
    );
    this.upsert = db.prepare(`
      INSERT INTO sync_file_stats (workspace_id, file, size, mtime_ms, ctime_ms, content_hash) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (workspace_id, file) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, ctime_ms = excluded.ctime_ms,
        content_hash = excluded.content_hash`);
    this.deleteOne = db.prepare('DELETE FROM sync_file_stats WHERE workspace_id = ? AND file = ?');
  }

  of(workspaceId: string): Map<string, FileStat> {
    return new Map(this.selectAll.all(workspaceId).map(([file, size, mtimeMs, ctimeMs, contentHash]) => [file, { size, mtimeMs, ctimeMs, contentHash }]));
  }

  /** One file's cached stat: what a sync by paths needs, without reading the 10,000 others. */
  get(workspaceId: string, file: string): FileStat | undefined {
    return this.selectOne.get(workspaceId, file);
  }

  /** Remembers that the file, as `stat` found it just before it was read, held `contentHash`; not while it is racy. */
  remember(workspaceId: string, file: string, stat: fs.Stats, takenAt: number, contentHash: string): void {
    if (isSettled(stat, takenAt)) this.save(workspaceId, file, { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, contentHash });
  }

  save(workspaceId: string, file: string, stat: FileStat): void {
    this.upsert.run(workspaceId, file, stat.size, stat.mtimeMs, stat.ctimeMs, stat.contentHash);
  }

  forget(workspaceId: string, file: string): void {
    this.deleteOne.run(workspaceId, file);
  }
}
