import type { Database, Statement } from 'better-sqlite3';

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
 * The stat cache of synced folders (migration 7), keyed by the file's absolute path so a workspace
 * linked to another folder never takes an old folder's hashes. An entry only ever says "a file of this
 * size and time held these bytes", so a stale one costs a read, never a missed change.
 */
export class SyncFileStats {
  private readonly selectAll: Statement<[string], FileStat & { file: string }>;
  private readonly upsert: Statement<[string, string, number, number, number, string]>;
  private readonly deleteOne: Statement<[string, string]>;

  constructor(db: Database) {
    this.selectAll = db.prepare('SELECT file, size, mtime_ms AS mtimeMs, ctime_ms AS ctimeMs, content_hash AS contentHash FROM sync_file_stats WHERE workspace_id = ?');
    this.upsert = db.prepare(`
      INSERT INTO sync_file_stats (workspace_id, file, size, mtime_ms, ctime_ms, content_hash) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (workspace_id, file) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, ctime_ms = excluded.ctime_ms,
        content_hash = excluded.content_hash`);
    this.deleteOne = db.prepare('DELETE FROM sync_file_stats WHERE workspace_id = ? AND file = ?');
  }

  of(workspaceId: string): Map<string, FileStat> {
    return new Map(this.selectAll.all(workspaceId).map(({ file, ...stat }) => [file, stat]));
  }

  save(workspaceId: string, file: string, stat: FileStat): void {
    this.upsert.run(workspaceId, file, stat.size, stat.mtimeMs, stat.ctimeMs, stat.contentHash);
  }

  forget(workspaceId: string, file: string): void {
    this.deleteOne.run(workspaceId, file);
  }
}
