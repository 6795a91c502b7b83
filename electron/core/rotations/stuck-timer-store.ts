import type { Database, Statement } from 'better-sqlite3';
import type { StuckTimer } from '../../../shared/api/rotation-operations';

type TimerRow = Omit<StuckTimer, 'peers'>;

const SELECT = `
  SELECT id, workspace_id AS workspaceId, problem, started_by AS startedBy, started_at AS startedAt, stopped_at AS stoppedAt
  FROM stuck_timers`;

/** Timers people start when they are stuck on a problem. */
export class StuckTimerStore {
  private readonly selectOne: Statement<[string], TimerRow>;
  private readonly selectRunning: Statement<[string], TimerRow>;
  private readonly insertTimer: Statement<[TimerRow]>;
  private readonly stopTimer: Statement<[string, string]>;

  constructor(db: Database) {
    this.selectOne = db.prepare<[string], TimerRow>(`${SELECT} WHERE id = ?`);
    this.selectRunning = db.prepare<[string], TimerRow>(`${SELECT} WHERE workspace_id = ? AND stopped_at IS NULL ORDER BY started_at, rowid`);
    this.insertTimer = db.prepare(
      'INSERT INTO stuck_timers (id, workspace_id, problem, started_by, started_at, stopped_at) VALUES (@id, @workspaceId, @problem, @startedBy, @startedAt, @stoppedAt)',
    );
    this.stopTimer = db.prepare('UPDATE stuck_timers SET stopped_at = ? WHERE id = ? AND stopped_at IS NULL');
  }

  find(id: string): TimerRow | undefined {
    return this.selectOne.get(id);
  }

  running(workspaceId: string): TimerRow[] {
    return this.selectRunning.all(workspaceId);
  }

  insert(timer: TimerRow): void {
    this.insertTimer.run(timer);
  }

  stop(id: string, at: string): void {
    this.stopTimer.run(at, id);
  }
}
