import type { Migration } from './migration';

export const syncPendingSchema: Migration = {
  version: 8,
  name: 'sync-pending',
  up(db) {
    db.exec(`
      -- The decisions whose file may no longer match what the app would write, since the last sync: the
      -- decision itself changed, or a decision it links to (whose number, title or file its links show).
      -- decision_id '*' stands for the whole workspace (a folder linked, its chosen dialect or path changed,
      -- a decision deleted for good). Sync renders only these, so an edit costs one file, not the whole log
      -- (ADR 0013). Triggers keep it, so no write path can forget to; only workspaces linked to a folder
      -- are tracked. A row may appear twice: the sequence tells what changed while a sync ran (kept for
      -- the next one) from what it dealt with.
      CREATE TABLE sync_pending (
        seq INTEGER PRIMARY KEY,
        workspace_id TEXT NOT NULL,
        decision_id TEXT NOT NULL
      );
      CREATE INDEX sync_pending_by_workspace ON sync_pending(workspace_id, seq);

      CREATE TRIGGER decisions_pend_on_insert AFTER INSERT ON decisions
        WHEN EXISTS (SELECT 1 FROM sync_folders WHERE workspace_id = new.workspace_id) BEGIN
        INSERT INTO sync_pending (workspace_id, decision_id) VALUES (new.workspace_id, new.id);
      END;
      CREATE TRIGGER decisions_pend_on_update AFTER UPDATE ON decisions
        WHEN EXISTS (SELECT 1 FROM sync_folders WHERE workspace_id = new.workspace_id) BEGIN
        INSERT INTO sync_pending (workspace_id, decision_id) VALUES (new.workspace_id, new.id);
        INSERT INTO sync_pending (workspace_id, decision_id)
          SELECT new.workspace_id, to_id FROM decision_links WHERE from_id = new.id
          UNION SELECT new.workspace_id, from_id FROM decision_links WHERE to_id = new.id;
      END;
      CREATE TRIGGER decisions_pend_on_delete AFTER DELETE ON decisions
        WHEN EXISTS (SELECT 1 FROM sync_folders WHERE workspace_id = old.workspace_id) BEGIN
        INSERT INTO sync_pending (workspace_id, decision_id) VALUES (old.workspace_id, '*');
      END;
      CREATE TRIGGER links_pend_on_insert AFTER INSERT ON decision_links BEGIN
        INSERT INTO sync_pending (workspace_id, decision_id)
          SELECT d.workspace_id, d.id FROM decisions d JOIN sync_folders f ON f.workspace_id = d.workspace_id WHERE d.id IN (new.from_id, new.to_id);
      END;
      CREATE TRIGGER links_pend_on_delete AFTER DELETE ON decision_links BEGIN
        INSERT INTO sync_pending (workspace_id, decision_id)
          SELECT d.workspace_id, d.id FROM decisions d JOIN sync_folders f ON f.workspace_id = d.workspace_id WHERE d.id IN (old.from_id, old.to_id);
      END;
      -- Whether a link is written in a file also depends on whether the linked decision's own file states
      -- it, so a file whose stated links change marks the decisions those links name.
      CREATE TRIGGER files_pend_on_links AFTER UPDATE OF document, link_targets ON decision_files
        WHEN old.link_targets IS NOT new.link_targets OR json_extract(old.document, '$.links') IS NOT json_extract(new.document, '$.links') BEGIN
        INSERT INTO sync_pending (workspace_id, decision_id)
          SELECT new.workspace_id, value FROM json_each(new.link_targets) WHERE value IS NOT NULL
          UNION SELECT old.workspace_id, value FROM json_each(old.link_targets) WHERE value IS NOT NULL;
      END;
      CREATE TRIGGER files_pend_on_forget AFTER DELETE ON decision_files BEGIN
        INSERT INTO sync_pending (workspace_id, decision_id)
          SELECT old.workspace_id, value FROM json_each(old.link_targets) WHERE value IS NOT NULL;
      END;
      CREATE TRIGGER sync_folders_pend_on_link AFTER INSERT ON sync_folders BEGIN
        INSERT INTO sync_pending (workspace_id, decision_id) VALUES (new.workspace_id, '*');
      END;
      CREATE TRIGGER sync_folders_pend_on_change AFTER UPDATE OF path, dialect ON sync_folders
        WHEN old.path IS NOT new.path OR old.dialect IS NOT new.dialect BEGIN
        INSERT INTO sync_pending (workspace_id, decision_id) VALUES (new.workspace_id, '*');
      END;
      -- A workspace removed takes its rows along.
      CREATE TRIGGER workspaces_unpend_on_delete AFTER DELETE ON workspaces BEGIN
        DELETE FROM sync_pending WHERE workspace_id = old.id;
      END;

      -- Every sync reads where each file is and what it held, and the table of contents reads the paths:
      -- from this index alone, without the rows' documents (a third of the time of a no-op sync at 10,000).
      CREATE INDEX decision_files_state ON decision_files(workspace_id, decision_id, path, disk_hash, synced_number);

      -- Databases from before this step have not been tracking: their next sync looks at everything.
      INSERT INTO sync_pending (workspace_id, decision_id) SELECT workspace_id, '*' FROM sync_folders;
    `);
  },
};
