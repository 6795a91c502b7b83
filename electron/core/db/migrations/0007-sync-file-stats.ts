import type { Migration } from './migration';

export const syncFileStatsSchema: Migration = {
  version: 7,
  name: 'sync-file-stats',
  up(db) {
    db.exec(`
      -- What a synced folder's file held when sync last read it: while its size, modification and change
      -- times are unchanged, the next sync takes this hash instead of reading and hashing the file again.
      CREATE TABLE sync_file_stats (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        file TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ms REAL NOT NULL,
        ctime_ms REAL NOT NULL,
        content_hash TEXT NOT NULL,
        PRIMARY KEY (workspace_id, file)
      ) WITHOUT ROWID;
    `);
  },
};
