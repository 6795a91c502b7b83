import type { Database, Statement } from 'better-sqlite3';
import { SessionState } from '../../../shared/sessions/session';

export interface SessionRecord {
  id: string;
  workspaceId: string;
  decisionId: string;
  status: 'running' | 'finished';
  state: SessionState;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  finishedRevision: number | null;
}

interface SessionRow extends Omit<SessionRecord, 'state'> {
  state: string;
}

const COLUMNS = `id, workspace_id AS workspaceId, decision_id AS decisionId, status, state, created_at AS createdAt,
  updated_at AS updatedAt, finished_at AS finishedAt, finished_revision AS finishedRevision`;

/** Sessions, each stored whole as one JSON document of its state. */
export class SessionStore {
  private readonly selectOne: Statement<[string], SessionRow>;
  private readonly selectByWorkspace: Statement<[string], SessionRow>;
  private readonly selectByDecision: Statement<[string], SessionRow>;
  private readonly insertOne: Statement<[SessionRow]>;
  private readonly updateOne: Statement<[SessionRow]>;

  constructor(db: Database) {
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM sessions WHERE id = ?`);
    // Sessions of decisions in the trash stay hidden until the decision is restored.
    const live = 'AND decision_id IN (SELECT id FROM decisions WHERE deleted_at IS NULL)';
    this.selectByWorkspace = db.prepare(`SELECT ${COLUMNS} FROM sessions WHERE workspace_id = ? ${live} ORDER BY created_at DESC, rowid DESC`);
    this.selectByDecision = db.prepare(`SELECT ${COLUMNS} FROM sessions WHERE decision_id = ? ORDER BY created_at DESC, rowid DESC`);
    this.insertOne = db.prepare(`
      INSERT INTO sessions (id, workspace_id, decision_id, status, state, created_at, updated_at, finished_at, finished_revision)
      VALUES (@id, @workspaceId, @decisionId, @status, @state, @createdAt, @updatedAt, @finishedAt, @finishedRevision)`);
    this.updateOne = db.prepare(`
      UPDATE sessions SET status = @status, state = @state, updated_at = @updatedAt, finished_at = @finishedAt,
        finished_revision = @finishedRevision WHERE id = @id`);
  }

  find(id: string): SessionRecord | undefined {
    const row = this.selectOne.get(id);
    return row && toRecord(row);
  }

  listByWorkspace(workspaceId: string): SessionRecord[] {
    return this.selectByWorkspace.all(workspaceId).map(toRecord);
  }

  listByDecision(decisionId: string): SessionRecord[] {
    return this.selectByDecision.all(decisionId).map(toRecord);
  }

  insert(record: SessionRecord): void {
    this.insertOne.run(toRow(record));
  }

  update(record: SessionRecord): void {
    this.updateOne.run(toRow(record));
  }
}

function toRow(record: SessionRecord): SessionRow {
  return { ...record, state: JSON.stringify(record.state) };
}

// Parsed rather than cast: a state written by an older Cairn is caught here, not deep in the UI.
function toRecord(row: SessionRow): SessionRecord {
  return { ...row, state: SessionState.parse(JSON.parse(row.state)) };
}
