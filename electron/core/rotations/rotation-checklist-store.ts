import type { Database, Statement } from 'better-sqlite3';
import type { TurnTicks } from '../../../shared/api/rotation-operations';

/** The checklist items ticked off per turn of a rotation, by the item's key. */
export class RotationChecklistStore {
  private readonly selectAll: Statement<[string], { date: string; key: string }>;
  private readonly selectOfDate: Statement<[string, string], string>;
  private readonly insertTick: Statement<[{ rotationId: string; date: string; key: string; at: string }]>;
  private readonly deleteTick: Statement<[string, string, string]>;

  constructor(db: Database) {
    this.selectAll = db.prepare<[string], { date: string; key: string }>(
      'SELECT date, item_key AS key FROM rotation_checklist_ticks WHERE rotation_id = ? ORDER BY date, ticked_at, item_key',
    );
    this.selectOfDate = db
      .prepare<[string, string], string>('SELECT item_key FROM rotation_checklist_ticks WHERE rotation_id = ? AND date = ? ORDER BY ticked_at, item_key')
      .pluck();
    this.insertTick = db.prepare(
      'INSERT INTO rotation_checklist_ticks (rotation_id, date, item_key, ticked_at) VALUES (@rotationId, @date, @key, @at) ON CONFLICT DO NOTHING',
    );
    this.deleteTick = db.prepare('DELETE FROM rotation_checklist_ticks WHERE rotation_id = ? AND date = ? AND item_key = ?');
  }

  /** Every turn of the rotation that has ticks, by date. */
  ticksByDate(rotationId: string): Map<string, string[]> {
    const byDate = new Map<string, string[]>();
    for (const { date, key } of this.selectAll.all(rotationId)) byDate.set(date, [...(byDate.get(date) ?? []), key]);
    return byDate;
  }

  ticksOf(rotationId: string, date: string): TurnTicks {
    return { date, keys: this.selectOfDate.all(rotationId, date) };
  }

  set(rotationId: string, date: string, key: string, done: boolean, at: string): void {
    if (done) this.insertTick.run({ rotationId, date, key, at });
    else this.deleteTick.run(rotationId, date, key);
  }
}
