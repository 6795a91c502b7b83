import type { Migration } from './migration';

export const teamTemplatesSchema: Migration = {
  version: 13,
  name: 'team-templates',
  up(db) {
    db.exec(`
      -- The templates a team added in the workspace settings: a name it is offered by and the Markdown
      -- a new decision starts from. Names are unique in a workspace whatever their case, since
      -- \`cairn new --template\` finds one by name.
      CREATE TABLE team_templates (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX team_templates_by_name ON team_templates(workspace_id, name COLLATE NOCASE);
    `);
  },
};
