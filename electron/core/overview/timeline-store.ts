import type { Database, Statement } from 'better-sqlite3';
import { formatDecisionNumber, type DateSource } from '../../../shared/domain/decision';
import { statusLabel } from '../../../shared/domain/decision-status';
import { compareNewestFirst, type TimelineEvent } from '../../../shared/overview/timeline-event';
import { calendarDateIn } from '../../../shared/rotations/zoned-time';

interface RevisionStatusRow {
  id: string;
  number: number;
  title: string;
  revision: number;
  createdAt: string;
  /** Null: the revision holds no status (unknown). */
  status: string | null;
  /** Null: the decision's date was unknown at that revision. */
  date: string | null;
  /** The decision's date now, and where it comes from. */
  currentDate: string | null;
  dateSource: DateSource | null;
}

const MAX_HELD_TIMELINES = 8;

interface SessionRow {
  id: string;
  number: number;
  title: string;
  status: 'running' | 'finished';
  createdAt: string;
  finishedAt: string | null;
}

interface CheckInRow {
  goalId: string;
  title: string;
  date: string;
  count: number;
  lastAt: string;
}

interface RotationRow {
  rotationId: string;
  name: string;
  kind: 'teaching' | 'role';
  date: string;
  holder: string | null;
  summary: string;
}

/**
 * The events of a workspace's timeline, read from what each capability already stores: decision
 * revisions, sessions, goal check-ins and the rotation log. Statements are prepared on first use,
 * so the rest of the core does not depend on these tables' shape at start-up.
 */
export class TimelineStore {
  private statements: {
    revisions: Statement<[string], RevisionStatusRow>;
    sessions: Statement<[string], SessionRow>;
    checkIns: Statement<[string], CheckInRow>;
    rotations: Statement<[string], RotationRow>;
    written: Statement<[], number>;
  } | null = null;

  /**
   * Timelines built since the database last changed, by workspace and zone. Building one reads every
   * revision (at 10,000 decisions that is most of a page's answer), and the window asks for a page at
   * a time: each page, each filter and Home's recent activity are then cut from the same events.
   */
  private built = new Map<string, readonly TimelineEvent[]>();
  /** What the connection had seen written when `built` was filled (see `writtenStamp`). */
  private builtAt = '';

  constructor(private readonly db: Database) {}

  /** The whole timeline, newest first, read again only after a write (from this connection or another). */
  sortedEvents(workspaceId: string, timeZone: string): readonly TimelineEvent[] {
    const stamp = this.writtenStamp();
    if (stamp !== this.builtAt) {
      this.built.clear();
      this.builtAt = stamp;
    }
    const key = `${workspaceId}\n${timeZone}`;
    let events = this.built.get(key);
    if (!events) {
      events = this.events(workspaceId, timeZone).sort(compareNewestFirst);
      // A few workspaces and zones at a time: each held timeline is the size of its history.
      if (this.built.size >= MAX_HELD_TIMELINES) this.built.delete(this.built.keys().next().value as string);
      this.built.set(key, events);
    }
    return events;
  }

  /**
   * Changes whenever anything is written: `total_changes()` counts the rows this connection
   * changed, `data_version` the commits of every other connection (an import or sync worker, the
   * CLI). Either moving drops every held timeline, so no write path can leave one stale, whether or
   * not it announces what it changed.
   */
  private writtenStamp(): string {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    return `${version}:${this.prepared().written.get() ?? 0}`;
  }

  /** `timeZone` is the viewer's: a revision saved at 23:30 UTC is filed under the next day in Berlin. */
  events(workspaceId: string, timeZone: string): TimelineEvent[] {
    const s = this.prepared();
    return [
      ...decisionEvents(s.revisions.all(workspaceId), timeZone),
      ...s.sessions.all(workspaceId).map((row) => sessionEvent(row, timeZone)),
      ...s.checkIns.all(workspaceId).map(checkInEvent),
      ...s.rotations.all(workspaceId).map(rotationEvent),
    ];
  }

  private prepared() {
    this.statements ??= {
      revisions: this.db.prepare(`
        SELECT d.id, d.number, d.title, r.revision, r.created_at AS createdAt,
               json_extract(r.content, '$.status') AS status, json_extract(r.content, '$.date') AS date,
               d.date AS currentDate, d.date_source AS dateSource
        FROM decisions d JOIN revisions r ON r.decision_id = d.id
        WHERE d.workspace_id = ? AND d.deleted_at IS NULL
        ORDER BY d.id, r.revision`),
      sessions: this.db.prepare(`
        SELECT s.id, d.number, d.title, s.status, s.created_at AS createdAt, s.finished_at AS finishedAt
        FROM sessions s JOIN decisions d ON d.id = s.decision_id
        WHERE s.workspace_id = ? AND d.deleted_at IS NULL`),
      checkIns: this.db.prepare(`
        SELECT g.id AS goalId, g.title, c.date, count(*) AS count, max(c.created_at) AS lastAt
        FROM goal_check_ins c JOIN goals g ON g.id = c.goal_id
        WHERE g.workspace_id = ? AND g.deleted_at IS NULL
        GROUP BY g.id, c.date`),
      rotations: this.db.prepare(`
        SELECT r.id AS rotationId, r.name, r.kind, l.date, l.holder_name AS holder, l.summary
        FROM rotation_log l JOIN rotations r ON r.id = l.rotation_id
        WHERE r.workspace_id = ?`),
      written: this.db.prepare<[], number>('SELECT total_changes()').pluck(),
    };
    return this.statements;
  }
}

/**
 * One event per status a decision entered, in revision order. The first revision is dated by the
 * decision's own date when that is earlier: an imported ADR accepted in 2019 was accepted then, not
 * on the day it was imported. Where that date is unknown, so is the day of the first event: it is
 * filed apart (date null), never on the day of the import.
 */
function decisionEvents(rows: RevisionStatusRow[], timeZone: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  let previous: RevisionStatusRow | undefined;
  for (const row of rows) {
    const first = previous?.id !== row.id;
    if (first || previous?.status !== row.status) {
      const savedOn = calendarDateIn(timeZone, new Date(row.createdAt));
      const date = !first ? savedOn : row.date === null ? null : row.date < savedOn ? row.date : savedOn;
      // The decision's own date, taken from its file name or git history: the timeline says so, as its page does.
      const fromElsewhere = first && date !== null && date === row.date && date === row.currentDate && row.dateSource !== 'file' ? row.dateSource : null;
      events.push({
        key: `decision:${row.id}:${row.revision}`,
        kind: 'decision',
        date,
        ...(fromElsewhere ? { dateSource: fromElsewhere } : {}),
        at: date === null ? '' : date === savedOn ? row.createdAt : date,
        title: `${formatDecisionNumber(row.number)} ${row.title}`,
        detail: statusLabel(row.status),
        status: row.status,
        target: { page: 'decision', id: row.id },
      });
    }
    previous = row;
  }
  return events;
}

function sessionEvent(row: SessionRow, timeZone: string): TimelineEvent {
  const at = row.finishedAt ?? row.createdAt;
  return {
    key: `session:${row.id}`,
    kind: 'session',
    date: calendarDateIn(timeZone, new Date(at)),
    at,
    title: `${formatDecisionNumber(row.number)} ${row.title}`,
    detail: row.status === 'finished' ? 'Decision session held' : 'Decision session started',
    status: null,
    target: { page: 'session', id: row.id },
  };
}

function checkInEvent(row: CheckInRow): TimelineEvent {
  return {
    key: `check-in:${row.goalId}:${row.date}`,
    kind: 'check-in',
    date: row.date,
    at: row.date,
    title: row.title,
    detail: row.count === 1 ? '1 check-in' : `${row.count} check-ins`,
    status: null,
    target: { page: 'goal', id: row.goalId },
  };
}

function rotationEvent(row: RotationRow): TimelineEvent {
  const who = row.holder ?? 'Someone';
  const what = row.kind === 'teaching' ? `${who} taught` : `${who} held the role`;
  return {
    key: `rotation:${row.rotationId}:${row.date}`,
    kind: 'rotation',
    date: row.date,
    at: row.date,
    title: row.name,
    detail: row.summary.trim() ? `${what}: ${row.summary.trim()}` : what,
    status: null,
    target: { page: 'rotation', id: row.rotationId },
  };
}
