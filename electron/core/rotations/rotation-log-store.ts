import type { Database, Statement } from 'better-sqlite3';
import type { RotationLogEntry } from '../../../shared/api/rotation-operations';
import type { HandoverNote } from '../../../shared/rotations/handover';
import type { RotationLinkStore } from './rotation-link-store';

interface LogRow {
  rotationId: string;
  date: string;
  holderName: string | null;
  summary: string;
  attendance: string;
  notes: string;
  handover: string;
  updatedAt: string;
}

interface FeedbackRow {
  id: string;
  rating: number;
  comment: string;
  author: string;
  createdAt: string;
}

type LogFields = Omit<RotationLogEntry, 'feedback' | 'averageRating' | 'decisions' | 'goals'>;

const SELECT = `
  SELECT rotation_id AS rotationId, date, holder_name AS holderName, summary, attendance, notes, handover, updated_at AS updatedAt
  FROM rotation_log`;

/** One session log entry per occurrence, with the quick feedback people gave on it. */
export class RotationLogStore {
  private readonly selectOne: Statement<[string, string], LogRow>;
  private readonly selectByRotation: Statement<[string], LogRow>;
  private readonly selectDates: Statement<[string], string>;
  private readonly selectLatestHandover: Statement<[string], HandoverNote>;
  private readonly selectFeedback: Statement<[string, string], FeedbackRow>;
  private readonly upsert: Statement<[LogRow]>;
  private readonly insertFeedback: Statement<[FeedbackRow & { rotationId: string; date: string }]>;

  constructor(
    db: Database,
    private readonly links: RotationLinkStore,
  ) {
    this.selectOne = db.prepare<[string, string], LogRow>(`${SELECT} WHERE rotation_id = ? AND date = ?`);
    this.selectByRotation = db.prepare<[string], LogRow>(`${SELECT} WHERE rotation_id = ? ORDER BY date DESC`);
    this.selectDates = db.prepare<[string], string>('SELECT date FROM rotation_log WHERE rotation_id = ?').pluck();
    this.selectLatestHandover = db.prepare<[string], HandoverNote>(
      "SELECT date, holder_name AS holderName, handover FROM rotation_log WHERE rotation_id = ? AND trim(handover, char(32, 9, 10, 13)) <> '' ORDER BY date DESC LIMIT 1",
    );
    this.selectFeedback = db.prepare<[string, string], FeedbackRow>(
      'SELECT id, rating, comment, author, created_at AS createdAt FROM rotation_feedback WHERE rotation_id = ? AND date = ? ORDER BY created_at, rowid',
    );
    this.upsert = db.prepare(`
      INSERT INTO rotation_log (rotation_id, date, holder_name, summary, attendance, notes, handover, updated_at)
      VALUES (@rotationId, @date, @holderName, @summary, @attendance, @notes, @handover, @updatedAt)
      ON CONFLICT (rotation_id, date) DO UPDATE SET holder_name = excluded.holder_name, summary = excluded.summary,
        attendance = excluded.attendance, notes = excluded.notes, handover = excluded.handover, updated_at = excluded.updated_at`);
    this.insertFeedback = db.prepare(`
      INSERT INTO rotation_feedback (id, rotation_id, date, rating, comment, author, created_at)
      VALUES (@id, @rotationId, @date, @rating, @comment, @author, @createdAt)`);
  }

  find(rotationId: string, date: string): RotationLogEntry | undefined {
    const row = this.selectOne.get(rotationId, date);
    return row && this.toEntry(row);
  }

  listByRotation(rotationId: string): RotationLogEntry[] {
    return this.selectByRotation.all(rotationId).map((row) => this.toEntry(row));
  }

  /** The dates that have an entry, for marking occurrences as logged. */
  loggedDates(rotationId: string): Set<string> {
    return new Set(this.selectDates.all(rotationId));
  }

  /** The newest entry with a handover note, for the holder who takes over next. */
  latestHandover(rotationId: string): HandoverNote | undefined {
    return this.selectLatestHandover.get(rotationId);
  }

  save(entry: LogFields): void {
    this.upsert.run({ ...entry, attendance: JSON.stringify(entry.attendance) });
  }

  addFeedback(rotationId: string, date: string, feedback: FeedbackRow): void {
    this.insertFeedback.run({ ...feedback, rotationId, date });
  }

  private toEntry(row: LogRow): RotationLogEntry {
    const feedback = this.selectFeedback.all(row.rotationId, row.date);
    const averageRating = feedback.length === 0 ? null : Math.round((feedback.reduce((sum, f) => sum + f.rating, 0) / feedback.length) * 10) / 10;
    return {
      ...row,
      attendance: JSON.parse(row.attendance) as string[],
      feedback,
      averageRating,
      decisions: this.links.decisionsOf(row.rotationId, row.date),
      goals: this.links.goalsOf(row.rotationId, row.date),
    };
  }
}
