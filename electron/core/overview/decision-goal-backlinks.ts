import type { Database, Statement } from 'better-sqlite3';

/**
 * The goals that link to a decision, read from the goals' own link table. Prepared on first use so
 * the rest of the core does not depend on that table's shape at start-up.
 */
export class DecisionGoalBacklinks {
  private select: Statement<[string], { id: string; title: string }> | null = null;

  constructor(private readonly db: Database) {}

  list(decisionId: string): { id: string; title: string }[] {
    this.select ??= this.db.prepare(`
      SELECT g.id, g.title FROM goal_decision_links l JOIN goals g ON g.id = l.goal_id
      WHERE l.decision_id = ? AND g.deleted_at IS NULL
      ORDER BY g.title COLLATE NOCASE, g.id`);
    return this.select.all(decisionId);
  }
}
