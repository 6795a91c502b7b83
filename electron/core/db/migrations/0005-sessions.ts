import type { Migration } from './migration';

export const sessionsSchema: Migration = {
  version: 5,
  name: 'sessions',
  up(db) {
    db.exec(`
      -- state is the SessionState as JSON: the session is always read and changed whole, by one
      -- facilitator, so its parts (participants, votes, concerns …) need no tables of their own.
      -- The columns beside it are what the sessions list shows and filters on.
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('running', 'finished')),
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finished_at TEXT,
        finished_revision INTEGER
      );
      CREATE INDEX sessions_by_workspace ON sessions(workspace_id, created_at);
      CREATE INDEX sessions_by_decision ON sessions(decision_id, created_at);

      -- A workspace's bank of open questions, seeded from resources/open-questions.json the first
      -- time it is read; open_question_banks remembers the seeding, so a team that deletes every
      -- question of a phase does not get them back.
      CREATE TABLE open_questions (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        phase TEXT NOT NULL,
        text TEXT NOT NULL,
        position INTEGER NOT NULL
      );
      CREATE INDEX open_questions_by_workspace ON open_questions(workspace_id, phase, position);
      CREATE TABLE open_question_banks (
        workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        seeded_at TEXT NOT NULL
      );
    `);
  },
};
