import type { Migration } from './migration';

export const rotationLinksSchema: Migration = {
  version: 6,
  name: 'rotation-links',
  up(db) {
    db.exec(`
      -- The decisions and goals a logged session was about; their pages list the sessions back.
      CREATE TABLE rotation_log_decisions (
        rotation_id TEXT NOT NULL,
        date TEXT NOT NULL,
        decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        PRIMARY KEY (rotation_id, date, decision_id),
        FOREIGN KEY (rotation_id, date) REFERENCES rotation_log(rotation_id, date) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX rotation_log_decisions_by_decision ON rotation_log_decisions(decision_id);

      CREATE TABLE rotation_log_goals (
        rotation_id TEXT NOT NULL,
        date TEXT NOT NULL,
        goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        PRIMARY KEY (rotation_id, date, goal_id),
        FOREIGN KEY (rotation_id, date) REFERENCES rotation_log(rotation_id, date) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX rotation_log_goals_by_goal ON rotation_log_goals(goal_id);

      -- The goal behavior a rotation's held sessions count toward ("teaches one topic a month").
      CREATE TABLE rotation_behavior_targets (
        rotation_id TEXT PRIMARY KEY REFERENCES rotations(id) ON DELETE CASCADE,
        behavior_id TEXT NOT NULL REFERENCES goal_behaviors(id) ON DELETE CASCADE
      ) WITHOUT ROWID;

      -- The check-in each logged session recorded, one per rotation and date, so saving the entry
      -- again updates that check-in instead of adding a second one. Deleting the check-in on the
      -- goal page drops the row; the check-ins themselves outlive a deleted rotation, as history.
      CREATE TABLE rotation_session_check_ins (
        rotation_id TEXT NOT NULL REFERENCES rotations(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        check_in_id TEXT NOT NULL UNIQUE REFERENCES goal_check_ins(id) ON DELETE CASCADE,
        PRIMARY KEY (rotation_id, date)
      ) WITHOUT ROWID;
    `);
  },
};
