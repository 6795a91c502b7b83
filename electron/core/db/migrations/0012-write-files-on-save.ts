import type { Migration } from './migration';

export const writeFilesOnSaveSchema: Migration = {
  version: 12,
  name: 'write-files-on-save',
  up(db) {
    db.exec(`
      -- Whether a save in the app writes the decision's file in the linked folder at once (1, the
      -- default, as Obsidian-like editors do) or the change waits for "Sync now" (0).
      ALTER TABLE workspaces ADD COLUMN write_files_on_save INTEGER NOT NULL DEFAULT 1;
    `);
  },
};
