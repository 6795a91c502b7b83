import type { Migration } from './migration';

export const goalsSchema: Migration = {
  version: 3,
  name: 'goals',
  up(db) {
    db.exec(`
      -- context is the GoalContext as JSON: it is only ever read and written whole.
      CREATE TABLE goals (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        context TEXT NOT NULL,
        start_date TEXT NOT NULL,
        sprint_length_days INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX goals_by_workspace ON goals(workspace_id, title COLLATE NOCASE);

      CREATE TABLE goal_results (
        id TEXT PRIMARY KEY,
        goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        metric TEXT NOT NULL,
        unit TEXT NOT NULL,
        baseline REAL NOT NULL,
        target REAL NOT NULL,
        direction TEXT NOT NULL,
        deadline TEXT NOT NULL
      );
      CREATE INDEX goal_results_by_goal ON goal_results(goal_id, position);

      CREATE TABLE goal_behaviors (
        id TEXT PRIMARY KEY,
        goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        kind TEXT NOT NULL,
        comparison TEXT NOT NULL,
        target_count INTEGER NOT NULL,
        period TEXT NOT NULL,
        observed_by TEXT NOT NULL,
        antecedent TEXT NOT NULL,
        consequence TEXT NOT NULL,
        keep_anyway INTEGER NOT NULL
      );
      CREATE INDEX goal_behaviors_by_goal ON goal_behaviors(goal_id, position);

      -- Exactly one of result_id and behavior_id is set; each cascades, so removing a result or a
      -- behavior from a goal takes its check-ins with it and none is left pointing nowhere.
      CREATE TABLE goal_check_ins (
        id TEXT PRIMARY KEY,
        goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        result_id TEXT REFERENCES goal_results(id) ON DELETE CASCADE,
        behavior_id TEXT REFERENCES goal_behaviors(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        value REAL NOT NULL,
        note TEXT NOT NULL,
        confidence INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((result_id IS NULL) <> (behavior_id IS NULL))
      );
      CREATE INDEX goal_check_ins_by_goal ON goal_check_ins(goal_id, date);
      CREATE INDEX goal_check_ins_by_result ON goal_check_ins(result_id) WHERE result_id IS NOT NULL;
      CREATE INDEX goal_check_ins_by_behavior ON goal_check_ins(behavior_id) WHERE behavior_id IS NOT NULL;

      CREATE TABLE goal_decision_links (
        goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        PRIMARY KEY (goal_id, decision_id)
      ) WITHOUT ROWID;
      CREATE INDEX goal_decision_links_by_decision ON goal_decision_links(decision_id);
    `);
  },
};
