import type { Database, Statement } from 'better-sqlite3';
import type { GoalBehavior, GoalContext, GoalResult } from '../../../shared/goals/goal';

/** A goal as stored, without its linked decisions. */
export interface GoalRecord {
  id: string;
  workspaceId: string;
  title: string;
  context: GoalContext;
  startDate: string;
  sprintLengthDays: number;
  results: GoalResult[];
  behaviors: GoalBehavior[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

type GoalRow = Omit<GoalRecord, 'context' | 'results' | 'behaviors'> & { context: string };
type BehaviorRow = Omit<GoalBehavior, 'keepAnyway'> & { keepAnyway: number };

const SELECT_GOAL = `
  SELECT id, workspace_id AS workspaceId, title, context, start_date AS startDate, sprint_length_days AS sprintLengthDays,
    created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt
  FROM goals`;

/** Goals with their results and behaviors, kept in the order the coach wrote them. */
export class GoalStore {
  private readonly selectOne: Statement<[string], GoalRow>;
  private readonly selectLive: Statement<[string], GoalRow>;
  private readonly selectResults: Statement<[string], GoalResult>;
  private readonly selectBehaviors: Statement<[string], BehaviorRow>;
  private readonly insertGoal: Statement<[Record<string, unknown>]>;
  private readonly updateGoal: Statement<[Record<string, unknown>]>;
  private readonly setDeleted: Statement<[string | null, string]>;
  private readonly upsertResult: Statement<[Record<string, unknown>]>;
  private readonly upsertBehavior: Statement<[Record<string, unknown>]>;
  private readonly selectResultIds: Statement<[string], string>;
  private readonly selectBehaviorIds: Statement<[string], string>;
  private readonly deleteResult: Statement<[string]>;
  private readonly deleteBehavior: Statement<[string]>;

  constructor(db: Database) {
    this.selectOne = db.prepare<[string], GoalRow>(`${SELECT_GOAL} WHERE id = ?`);
    this.selectLive = db.prepare<[string], GoalRow>(`${SELECT_GOAL} WHERE workspace_id = ? AND deleted_at IS NULL ORDER BY title COLLATE NOCASE, created_at`);
    this.selectResults = db.prepare<[string], GoalResult>(
      'SELECT id, metric, unit, baseline, target, direction, deadline FROM goal_results WHERE goal_id = ? ORDER BY position',
    );
    this.selectBehaviors = db.prepare<[string], BehaviorRow>(`
      SELECT id, who, action, kind, comparison, target_count AS targetCount, period, observed_by AS observedBy,
        antecedent, consequence, keep_anyway AS keepAnyway
      FROM goal_behaviors WHERE goal_id = ? ORDER BY position`);
    this.insertGoal = db.prepare(`
      INSERT INTO goals (id, workspace_id, title, context, start_date, sprint_length_days, created_at, updated_at)
      VALUES (@id, @workspaceId, @title, @context, @startDate, @sprintLengthDays, @createdAt, @updatedAt)`);
    this.updateGoal = db.prepare(`
      UPDATE goals SET title = @title, context = @context, start_date = @startDate, sprint_length_days = @sprintLengthDays,
        updated_at = @updatedAt
      WHERE id = @id`);
    this.setDeleted = db.prepare('UPDATE goals SET deleted_at = ? WHERE id = ?');
    this.upsertResult = db.prepare(`
      INSERT INTO goal_results (id, goal_id, position, metric, unit, baseline, target, direction, deadline)
      VALUES (@id, @goalId, @position, @metric, @unit, @baseline, @target, @direction, @deadline)
      ON CONFLICT (id) DO UPDATE SET position = excluded.position, metric = excluded.metric, unit = excluded.unit,
        baseline = excluded.baseline, target = excluded.target, direction = excluded.direction, deadline = excluded.deadline`);
    this.upsertBehavior = db.prepare(`
      INSERT INTO goal_behaviors (id, goal_id, position, who, action, kind, comparison, target_count, period, observed_by,
        antecedent, consequence, keep_anyway)
      VALUES (@id, @goalId, @position, @who, @action, @kind, @comparison, @targetCount, @period, @observedBy,
        @antecedent, @consequence, @keepAnyway)
      ON CONFLICT (id) DO UPDATE SET position = excluded.position, who = excluded.who, action = excluded.action,
        kind = excluded.kind, comparison = excluded.comparison, target_count = excluded.target_count,
        period = excluded.period, observed_by = excluded.observed_by, antecedent = excluded.antecedent,
        consequence = excluded.consequence, keep_anyway = excluded.keep_anyway`);
    this.selectResultIds = db.prepare<[string], string>('SELECT id FROM goal_results WHERE goal_id = ?').pluck();
    this.selectBehaviorIds = db.prepare<[string], string>('SELECT id FROM goal_behaviors WHERE goal_id = ?').pluck();
    this.deleteResult = db.prepare('DELETE FROM goal_results WHERE id = ?');
    this.deleteBehavior = db.prepare('DELETE FROM goal_behaviors WHERE id = ?');
  }

  find(id: string): GoalRecord | undefined {
    const row = this.selectOne.get(id);
    return row && this.toRecord(row);
  }

  listLive(workspaceId: string): GoalRecord[] {
    return this.selectLive.all(workspaceId).map((row) => this.toRecord(row));
  }

  resultIdsOf(goalId: string): string[] {
    return this.selectResultIds.all(goalId);
  }

  behaviorIdsOf(goalId: string): string[] {
    return this.selectBehaviorIds.all(goalId);
  }

  insert(goal: Omit<GoalRecord, 'deletedAt'>): void {
    this.insertGoal.run({ ...goal, context: JSON.stringify(goal.context) });
    this.saveParts(goal);
  }

  /**
   * Writes the goal's fields, results and behaviors. Results and behaviors are updated in place by id,
   * so their check-ins stay; those no longer listed are deleted with their check-ins (cascade).
   */
  update(goal: Omit<GoalRecord, 'deletedAt' | 'workspaceId' | 'createdAt'>): void {
    this.updateGoal.run({ ...goal, context: JSON.stringify(goal.context) });
    const keptResults = new Set(goal.results.map((r) => r.id));
    for (const id of this.resultIdsOf(goal.id)) if (!keptResults.has(id)) this.deleteResult.run(id);
    const keptBehaviors = new Set(goal.behaviors.map((b) => b.id));
    for (const id of this.behaviorIdsOf(goal.id)) if (!keptBehaviors.has(id)) this.deleteBehavior.run(id);
    this.saveParts(goal);
  }

  markDeleted(id: string, at: string | null): void {
    this.setDeleted.run(at, id);
  }

  private saveParts(goal: Pick<GoalRecord, 'id' | 'results' | 'behaviors'>): void {
    goal.results.forEach((result, position) => this.upsertResult.run({ ...result, goalId: goal.id, position }));
    goal.behaviors.forEach((behavior, position) =>
      this.upsertBehavior.run({ ...behavior, goalId: goal.id, position, keepAnyway: behavior.keepAnyway ? 1 : 0 }),
    );
  }

  private toRecord(row: GoalRow): GoalRecord {
    return {
      ...row,
      context: JSON.parse(row.context) as GoalContext,
      results: this.selectResults.all(row.id),
      behaviors: this.selectBehaviors.all(row.id).map((b) => ({ ...b, keepAnyway: b.keepAnyway === 1 })),
    };
  }
}
