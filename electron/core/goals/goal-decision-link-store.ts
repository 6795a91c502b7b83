import type { Database, Statement } from 'better-sqlite3';
import type { LinkedDecision } from '../../../shared/goals/goal';

/** Which decisions a goal links to. Rows stay while a decision is in the trash, so a restore brings them back. */
export class GoalDecisionLinkStore {
  private readonly insertLink: Statement<[string, string]>;
  private readonly deleteLink: Statement<[string, string]>;
  private readonly selectLinked: Statement<[string], LinkedDecision>;

  constructor(db: Database) {
    this.insertLink = db.prepare('INSERT OR IGNORE INTO goal_decision_links (goal_id, decision_id) VALUES (?, ?)');
    this.deleteLink = db.prepare('DELETE FROM goal_decision_links WHERE goal_id = ? AND decision_id = ?');
    this.selectLinked = db.prepare<[string], LinkedDecision>(`
      SELECT d.id, d.number, d.title, d.status
      FROM goal_decision_links l JOIN decisions d ON d.id = l.decision_id
      WHERE l.goal_id = ? AND d.deleted_at IS NULL
      ORDER BY d.number`);
  }

  add(goalId: string, decisionId: string): void {
    this.insertLink.run(goalId, decisionId);
  }

  remove(goalId: string, decisionId: string): void {
    this.deleteLink.run(goalId, decisionId);
  }

  /** The live decisions the goal links to, by number. */
  linkedTo(goalId: string): LinkedDecision[] {
    return this.selectLinked.all(goalId);
  }
}
