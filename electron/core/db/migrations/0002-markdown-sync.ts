import type { Migration } from './migration';

export const markdownSyncSchema: Migration = {
  version: 2,
  name: 'markdown sync',
  up(db) {
    db.exec(`
      -- The folder a workspace syncs with. dialect NULL: each record in the dialect it came in.
      CREATE TABLE sync_folders (
        workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        dialect TEXT,
        last_synced_at TEXT
      );

      -- What Cairn knows of each decision's Markdown file. document holds the parsed AdrDocument
      -- (dialect, layout, links as written) so an unchanged decision is written back byte for byte.
      -- disk_hash is the file's hash at the last sync, app_hash the hash of what the app would have
      -- written then: a difference on either side is an edit made since, on that side.
      -- render_key sums up everything the app's rendering depends on (revision, number, links, the
      -- files they point at); while it is unchanged, sync knows the app side did not change without rendering.
      -- link_targets: the decision id each of the document's links pointed at (JSON array, null = unknown).
      -- file_number is the number written in the file (NULL for Log4brains), synced_number the
      -- decision's number then, so a Cairn number given to an unnumbered file is not written into it.
      CREATE TABLE decision_files (
        decision_id TEXT PRIMARY KEY REFERENCES decisions(id) ON DELETE CASCADE,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        document TEXT NOT NULL,
        link_targets TEXT NOT NULL,
        file_number INTEGER,
        synced_number INTEGER NOT NULL,
        disk_hash TEXT,
        app_hash TEXT NOT NULL,
        render_key TEXT,
        synced_at TEXT NOT NULL
      );
      CREATE INDEX decision_files_by_path ON decision_files(workspace_id, path);

      -- A decision changed both in the app and on disk since the last sync; kept until the user chooses.
      -- disk_text NULL: the file was deleted on disk while the decision was edited in the app.
      CREATE TABLE sync_conflicts (
        decision_id TEXT PRIMARY KEY REFERENCES decisions(id) ON DELETE CASCADE,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        disk_text TEXT,
        app_text TEXT NOT NULL,
        detected_at TEXT NOT NULL
      );

      -- The per-file report of each import, so the UI can show it again after the fact.
      CREATE TABLE import_reports (
        id INTEGER PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        folder TEXT NOT NULL,
        created_at TEXT NOT NULL,
        report TEXT NOT NULL
      );
      CREATE INDEX import_reports_by_workspace ON import_reports(workspace_id, id);
    `);
  },
};
