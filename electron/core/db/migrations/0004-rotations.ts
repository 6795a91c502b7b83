import type { Migration } from './migration';

export const rotationsSchema: Migration = {
  version: 4,
  name: 'rotations',
  up(db) {
    db.exec(`
      -- Cadence and cap are small JSON objects the shared zod schemas validate on the way in and out.
      CREATE TABLE rotations (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('teaching', 'role')),
        cadence TEXT NOT NULL,
        start_date TEXT NOT NULL,
        time TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        time_zone TEXT NOT NULL,
        cap TEXT,
        checklist TEXT NOT NULL DEFAULT '',
        with_secondary INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX rotations_by_workspace ON rotations(workspace_id, name COLLATE NOCASE);

      -- position is the queue order; members who left keep their row so past turns keep their names.
      CREATE TABLE rotation_members (
        id TEXT PRIMARY KEY,
        rotation_id TEXT NOT NULL REFERENCES rotations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        active_from TEXT,
        active_until TEXT
      );
      CREATE INDEX rotation_members_by_rotation ON rotation_members(rotation_id, position);

      -- Skips, absences, swaps and covers, each a row so it can be listed and undone; data is its JSON.
      CREATE TABLE rotation_overrides (
        id TEXT PRIMARY KEY,
        rotation_id TEXT NOT NULL REFERENCES rotations(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX rotation_overrides_by_rotation ON rotation_overrides(rotation_id, seq);

      CREATE TABLE rotation_topics (
        id TEXT PRIMARY KEY,
        rotation_id TEXT NOT NULL REFERENCES rotations(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        links TEXT NOT NULL,
        proposed_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        assigned_date TEXT
      );
      CREATE INDEX rotation_topics_by_rotation ON rotation_topics(rotation_id);
      -- One topic per occurrence: assigning another sends the first back to the backlog.
      CREATE UNIQUE INDEX rotation_topics_one_per_date ON rotation_topics(rotation_id, assigned_date) WHERE assigned_date IS NOT NULL;

      -- voter_key is the lower-cased name, so "Ada" and "ada" are one vote.
      CREATE TABLE rotation_topic_votes (
        topic_id TEXT NOT NULL REFERENCES rotation_topics(id) ON DELETE CASCADE,
        voter_key TEXT NOT NULL,
        voter TEXT NOT NULL,
        PRIMARY KEY (topic_id, voter_key)
      ) WITHOUT ROWID;

      CREATE TABLE rotation_log (
        rotation_id TEXT NOT NULL REFERENCES rotations(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        holder_name TEXT,
        summary TEXT NOT NULL,
        attendance TEXT NOT NULL,
        notes TEXT NOT NULL,
        handover TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (rotation_id, date)
      ) WITHOUT ROWID;

      CREATE TABLE rotation_feedback (
        id TEXT PRIMARY KEY,
        rotation_id TEXT NOT NULL,
        date TEXT NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment TEXT NOT NULL,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        FOREIGN KEY (rotation_id, date) REFERENCES rotation_log(rotation_id, date) ON DELETE CASCADE
      );
      CREATE INDEX rotation_feedback_by_session ON rotation_feedback(rotation_id, date);

      -- "Stuck" timers: someone working on one problem; the app suggests a walk at 4 hours and asking at 8.
      CREATE TABLE stuck_timers (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        problem TEXT NOT NULL,
        started_by TEXT NOT NULL,
        started_at TEXT NOT NULL,
        stopped_at TEXT
      );
      CREATE INDEX stuck_timers_running ON stuck_timers(workspace_id, started_at) WHERE stopped_at IS NULL;

      -- What each exported event last said, so a later export raises SEQUENCE only for events that
      -- changed: calendars then update the event in place instead of adding a second one.
      CREATE TABLE rotation_calendar_events (
        rotation_id TEXT NOT NULL REFERENCES rotations(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        PRIMARY KEY (rotation_id, date)
      ) WITHOUT ROWID;
    `);
  },
};
