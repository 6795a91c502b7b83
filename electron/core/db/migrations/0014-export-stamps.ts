import type { Migration } from './migration';

/** A change to any table an export's output is made from moves the workspace's generation on. */
function bumpOn(table: string, event: 'INSERT' | 'UPDATE' | 'DELETE', workspaceOf: string): string {
  const row = event === 'DELETE' ? 'old' : 'new';
  return `
      CREATE TRIGGER ${table}_export_generation_on_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN
        INSERT INTO export_generations (workspace_id, generation) ${workspaceOf.replaceAll('$row', row)}
          ON CONFLICT (workspace_id) DO UPDATE SET generation = generation + 1;
      END;`;
}

const events = ['INSERT', 'UPDATE', 'DELETE'] as const;
/** What rendering a decision reads (each as the workspace it belongs to): its row and content, its links, its synced file, its titles' history. */
const SOURCES: [table: string, workspaceOf: string][] = [
  ['decisions', 'SELECT $row.workspace_id, 1 WHERE true'],
  // A row whose decision is gone already (deleted with it) finds none: the decision's own trigger counted.
  ['decision_contents', 'SELECT workspace_id, 1 FROM decisions WHERE seq = $row.decision_seq'],
  ['decision_links', 'SELECT workspace_id, 1 FROM decisions WHERE id IN ($row.from_id, $row.to_id)'],
  ['decision_files', 'SELECT $row.workspace_id, 1 WHERE true'],
  ['revisions', 'SELECT workspace_id, 1 FROM decisions WHERE id = $row.decision_id'],
];

export const exportStampsSchema: Migration = {
  version: 14,
  name: 'export-stamps',
  up(db) {
    db.exec(`
      -- What an export into a folder left there, so exporting again with nothing changed costs a stat per
      -- file instead of loading and rendering every decision (issue 25). export_generations counts the
      -- workspace's changes to anything its files are rendered from (triggers keep it, so no write path
      -- can forget to); a folder's stamps stand only while that count is the one they were taken at.
      -- No foreign key: a workspace being deleted still counts its decisions going, after its own row went.
      CREATE TABLE export_generations (
        workspace_id TEXT PRIMARY KEY,
        generation INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TRIGGER workspaces_export_generation_on_delete AFTER DELETE ON workspaces BEGIN
        DELETE FROM export_generations WHERE workspace_id = old.id;
      END;
      -- One row per folder exported (its absolute path), with the dialect chosen and whether its index
      -- was left alone as hand-written.
      CREATE TABLE export_folders (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        folder TEXT NOT NULL,
        dialect TEXT,
        generation INTEGER NOT NULL,
        index_by_hand INTEGER NOT NULL,
        PRIMARY KEY (workspace_id, folder)
      ) WITHOUT ROWID;
      -- Each file the export wrote or found equal: its stat just after, and the hash of its bytes.
      -- settled = 0 when the stat was taken so soon after the write that a later write could share its
      -- timestamps: the next export reads that file rather than trusting its stat.
      CREATE TABLE export_files (
        workspace_id TEXT NOT NULL,
        folder TEXT NOT NULL,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ms REAL NOT NULL,
        ctime_ms REAL NOT NULL,
        content_hash TEXT NOT NULL,
        settled INTEGER NOT NULL,
        PRIMARY KEY (workspace_id, folder, name),
        FOREIGN KEY (workspace_id, folder) REFERENCES export_folders(workspace_id, folder) ON DELETE CASCADE
      ) WITHOUT ROWID;
      ${SOURCES.flatMap(([table, workspaceOf]) => events.map((event) => bumpOn(table, event, workspaceOf))).join('\n')}
    `);
  },
};
