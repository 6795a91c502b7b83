import type { Database, Statement } from 'better-sqlite3';
import type { ExportedEvent } from '../../../shared/rotations/calendar-events';

/** What each calendar event said when it was last exported, per rotation and date. */
export class RotationCalendarStore {
  private readonly selectAll: Statement<[string], ExportedEvent>;
  private readonly upsert: Statement<[{ rotationId: string } & ExportedEvent]>;

  constructor(db: Database) {
    this.selectAll = db.prepare<[string], ExportedEvent>('SELECT date, fingerprint, sequence FROM rotation_calendar_events WHERE rotation_id = ?');
    this.upsert = db.prepare(`
      INSERT INTO rotation_calendar_events (rotation_id, date, fingerprint, sequence) VALUES (@rotationId, @date, @fingerprint, @sequence)
      ON CONFLICT (rotation_id, date) DO UPDATE SET fingerprint = excluded.fingerprint, sequence = excluded.sequence`);
  }

  exported(rotationId: string): Map<string, ExportedEvent> {
    return new Map(this.selectAll.all(rotationId).map((e) => [e.date, e]));
  }

  record(rotationId: string, event: ExportedEvent): void {
    this.upsert.run({ rotationId, ...event });
  }
}
