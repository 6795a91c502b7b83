import type { Database, Statement } from 'better-sqlite3';
import type { CheckIn, CheckInValues } from '../../../shared/goals/goal';

interface CheckInRow extends Omit<CheckIn, 'subject' | 'subjectId'> {
  resultId: string | null;
  behaviorId: string | null;
}

const SELECT = `
  SELECT id, goal_id AS goalId, result_id AS resultId, behavior_id AS behaviorId, date, value, note, confidence,
    created_at AS createdAt, updated_at AS updatedAt
  FROM goal_check_ins`;

/** Dated values per result and behavior of a goal. */
export class GoalCheckInStore {
  private readonly selectOne: Statement<[string], CheckInRow>;
  private readonly selectOfGoal: Statement<[string], CheckInRow>;
  private readonly insertOne: Statement<[Record<string, unknown>]>;
  private readonly updateOne: Statement<[Record<string, unknown>]>;
  private readonly deleteOne: Statement<[string]>;

  constructor(db: Database) {
    this.selectOne = db.prepare<[string], CheckInRow>(`${SELECT} WHERE id = ?`);
    // created_at breaks ties, so two check-ins on one day keep the order they were entered in.
    this.selectOfGoal = db.prepare<[string], CheckInRow>(`${SELECT} WHERE goal_id = ? ORDER BY date, created_at, rowid`);
    this.insertOne = db.prepare(`
      INSERT INTO goal_check_ins (id, goal_id, result_id, behavior_id, date, value, note, confidence, created_at, updated_at)
      VALUES (@id, @goalId, @resultId, @behaviorId, @date, @value, @note, @confidence, @createdAt, @updatedAt)`);
    this.updateOne = db.prepare(`
      UPDATE goal_check_ins SET date = @date, value = @value, note = @note, confidence = @confidence, updated_at = @updatedAt
      WHERE id = @id`);
    this.deleteOne = db.prepare('DELETE FROM goal_check_ins WHERE id = ?');
  }

  find(id: string): CheckIn | undefined {
    const row = this.selectOne.get(id);
    return row && toCheckIn(row);
  }

  /** The goal's check-ins, oldest first. */
  ofGoal(goalId: string): CheckIn[] {
    return this.selectOfGoal.all(goalId).map(toCheckIn);
  }

  insert(checkIn: CheckIn): void {
    const { subject, subjectId, ...rest } = checkIn;
    this.insertOne.run({ ...rest, resultId: subject === 'result' ? subjectId : null, behaviorId: subject === 'behavior' ? subjectId : null });
  }

  update(id: string, values: CheckInValues, updatedAt: string): void {
    this.updateOne.run({ id, ...values, updatedAt });
  }

  delete(id: string): void {
    this.deleteOne.run(id);
  }
}

function toCheckIn(row: CheckInRow): CheckIn {
  const { resultId, behaviorId, ...rest } = row;
  return resultId !== null ? { ...rest, subject: 'result', subjectId: resultId } : { ...rest, subject: 'behavior', subjectId: behaviorId! };
}
