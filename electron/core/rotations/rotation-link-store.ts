import type { Database, Statement } from 'better-sqlite3';
import type { BehaviorTarget, RotationSessionLink } from '../../../shared/api/rotation-link-operations';

type LinkedDecision = { id: string; number: number; title: string };
type LinkedGoal = { id: string; title: string };

/** A behavior target with what deciding on a check-in needs: the goal's start and whether it is in the trash. */
export interface TargetBehavior extends BehaviorTarget {
  goalStartDate: string;
  goalWorkspaceId: string;
  goalDeleted: boolean;
}

const TARGET_SELECT = `
  SELECT b.id AS behaviorId, b.who, b.action, g.id AS goalId, g.title AS goalTitle, g.start_date AS goalStartDate,
    g.workspace_id AS goalWorkspaceId, g.deleted_at IS NOT NULL AS goalDeleted
  FROM goal_behaviors b JOIN goals g ON g.id = b.goal_id`;

const SESSION_SELECT = `
  SELECT r.id AS rotationId, r.name AS rotationName, s.date, s.holder_name AS holderName, t.title AS topic, s.summary
  FROM rotation_log s JOIN rotations r ON r.id = s.rotation_id
  LEFT JOIN rotation_topics t ON t.rotation_id = s.rotation_id AND t.assigned_date = s.date`;

type TargetRow = Omit<TargetBehavior, 'goalDeleted'> & { goalDeleted: number };

/** Links from logged rotation sessions to decisions and goals, and from rotations to the behavior they count toward. */
export class RotationLinkStore {
  private readonly selectDecisions: Statement<[string, string], LinkedDecision>;
  private readonly selectGoals: Statement<[string, string], LinkedGoal>;
  private readonly deleteDecisions: Statement<[string, string]>;
  private readonly deleteGoals: Statement<[string, string]>;
  private readonly insertDecision: Statement<[string, string, string]>;
  private readonly insertGoal: Statement<[string, string, string]>;
  private readonly selectTarget: Statement<[string], TargetRow>;
  private readonly selectBehavior: Statement<[string], TargetRow>;
  private readonly selectWorkspaceBehaviors: Statement<[string], TargetRow>;
  private readonly upsertTarget: Statement<[string, string]>;
  private readonly deleteTarget: Statement<[string]>;
  private readonly selectCheckIn: Statement<[string, string], string>;
  private readonly selectCheckInsOfRotation: Statement<[string], string>;
  private readonly insertCheckIn: Statement<[string, string, string]>;
  private readonly selectByDecision: Statement<[string], RotationSessionLink>;
  private readonly selectByGoal: Statement<[string], RotationSessionLink>;

  constructor(db: Database) {
    // Decisions and goals in the trash keep their rows, so restoring one brings its links back.
    this.selectDecisions = db.prepare<[string, string], LinkedDecision>(`
      SELECT d.id, d.number, d.title FROM rotation_log_decisions l JOIN decisions d ON d.id = l.decision_id
      WHERE l.rotation_id = ? AND l.date = ? AND d.deleted_at IS NULL ORDER BY d.number`);
    this.selectGoals = db.prepare<[string, string], LinkedGoal>(`
      SELECT g.id, g.title FROM rotation_log_goals l JOIN goals g ON g.id = l.goal_id
      WHERE l.rotation_id = ? AND l.date = ? AND g.deleted_at IS NULL ORDER BY g.title COLLATE NOCASE, g.id`);
    this.deleteDecisions = db.prepare('DELETE FROM rotation_log_decisions WHERE rotation_id = ? AND date = ?');
    this.deleteGoals = db.prepare('DELETE FROM rotation_log_goals WHERE rotation_id = ? AND date = ?');
    this.insertDecision = db.prepare('INSERT OR IGNORE INTO rotation_log_decisions (rotation_id, date, decision_id) VALUES (?, ?, ?)');
    this.insertGoal = db.prepare('INSERT OR IGNORE INTO rotation_log_goals (rotation_id, date, goal_id) VALUES (?, ?, ?)');
    this.selectTarget = db.prepare<[string], TargetRow>(`${TARGET_SELECT} JOIN rotation_behavior_targets t ON t.behavior_id = b.id WHERE t.rotation_id = ?`);
    this.selectBehavior = db.prepare<[string], TargetRow>(`${TARGET_SELECT} WHERE b.id = ?`);
    this.selectWorkspaceBehaviors = db.prepare<[string], TargetRow>(
      `${TARGET_SELECT} WHERE g.workspace_id = ? AND g.deleted_at IS NULL ORDER BY g.title COLLATE NOCASE, g.id, b.position`,
    );
    this.upsertTarget = db.prepare(
      'INSERT INTO rotation_behavior_targets (rotation_id, behavior_id) VALUES (?, ?) ON CONFLICT (rotation_id) DO UPDATE SET behavior_id = excluded.behavior_id',
    );
    this.deleteTarget = db.prepare('DELETE FROM rotation_behavior_targets WHERE rotation_id = ?');
    this.selectCheckIn = db.prepare<[string, string], string>('SELECT check_in_id FROM rotation_session_check_ins WHERE rotation_id = ? AND date = ?').pluck();
    this.selectCheckInsOfRotation = db.prepare<[string], string>('SELECT check_in_id FROM rotation_session_check_ins WHERE rotation_id = ?').pluck();
    this.insertCheckIn = db.prepare('INSERT INTO rotation_session_check_ins (rotation_id, date, check_in_id) VALUES (?, ?, ?)');
    this.selectByDecision = db.prepare<[string], RotationSessionLink>(`
      ${SESSION_SELECT} JOIN rotation_log_decisions l ON l.rotation_id = s.rotation_id AND l.date = s.date
      WHERE l.decision_id = ? ORDER BY s.date DESC, r.name COLLATE NOCASE`);
    this.selectByGoal = db.prepare<[string], RotationSessionLink>(`
      ${SESSION_SELECT} JOIN rotation_log_goals l ON l.rotation_id = s.rotation_id AND l.date = s.date
      WHERE l.goal_id = ? ORDER BY s.date DESC, r.name COLLATE NOCASE`);
  }

  decisionsOf(rotationId: string, date: string): LinkedDecision[] {
    return this.selectDecisions.all(rotationId, date);
  }

  goalsOf(rotationId: string, date: string): LinkedGoal[] {
    return this.selectGoals.all(rotationId, date);
  }

  replaceDecisions(rotationId: string, date: string, decisionIds: readonly string[]): void {
    this.deleteDecisions.run(rotationId, date);
    for (const id of decisionIds) this.insertDecision.run(rotationId, date, id);
  }

  replaceGoals(rotationId: string, date: string, goalIds: readonly string[]): void {
    this.deleteGoals.run(rotationId, date);
    for (const id of goalIds) this.insertGoal.run(rotationId, date, id);
  }

  target(rotationId: string): TargetBehavior | undefined {
    const row = this.selectTarget.get(rotationId);
    return row && toTarget(row);
  }

  behavior(behaviorId: string): TargetBehavior | undefined {
    const row = this.selectBehavior.get(behaviorId);
    return row && toTarget(row);
  }

  behaviorsOfWorkspace(workspaceId: string): TargetBehavior[] {
    return this.selectWorkspaceBehaviors.all(workspaceId).map(toTarget);
  }

  setTarget(rotationId: string, behaviorId: string | null): void {
    if (behaviorId === null) this.deleteTarget.run(rotationId);
    else this.upsertTarget.run(rotationId, behaviorId);
  }

  /** The check-in a session recorded, if it has one. */
  sessionCheckIn(rotationId: string, date: string): string | undefined {
    return this.selectCheckIn.get(rotationId, date);
  }

  sessionCheckIns(rotationId: string): string[] {
    return this.selectCheckInsOfRotation.all(rotationId);
  }

  recordSessionCheckIn(rotationId: string, date: string, checkInId: string): void {
    this.insertCheckIn.run(rotationId, date, checkInId);
  }

  sessionsAboutDecision(decisionId: string): RotationSessionLink[] {
    return this.selectByDecision.all(decisionId);
  }

  sessionsAboutGoal(goalId: string): RotationSessionLink[] {
    return this.selectByGoal.all(goalId);
  }
}

function toTarget(row: TargetRow): TargetBehavior {
  return { ...row, goalDeleted: row.goalDeleted === 1 };
}
