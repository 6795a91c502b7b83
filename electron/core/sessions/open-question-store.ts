import type { Database, Statement } from 'better-sqlite3';
import type { OpenQuestion } from '../../../shared/sessions/open-question';

const COLUMNS = 'id, workspace_id AS workspaceId, phase, text, position';

/** A workspace's bank of open questions per phase. */
export class OpenQuestionStore {
  private readonly selectByWorkspace: Statement<[string], OpenQuestion>;
  private readonly selectOne: Statement<[string], OpenQuestion>;
  private readonly selectSeeded: Statement<[string], number>;
  private readonly insertSeeded: Statement<[string, string]>;
  private readonly selectLastPosition: Statement<[string, string], number | null>;
  private readonly insertOne: Statement<[OpenQuestion]>;
  private readonly updateText: Statement<[string, string]>;
  private readonly deleteOne: Statement<[string]>;

  constructor(db: Database) {
    this.selectByWorkspace = db.prepare(`SELECT ${COLUMNS} FROM open_questions WHERE workspace_id = ? ORDER BY phase, position`);
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM open_questions WHERE id = ?`);
    this.selectSeeded = db.prepare<[string], number>('SELECT 1 FROM open_question_banks WHERE workspace_id = ?').pluck();
    this.insertSeeded = db.prepare('INSERT INTO open_question_banks (workspace_id, seeded_at) VALUES (?, ?)');
    this.selectLastPosition = db
      .prepare<[string, string], number | null>('SELECT max(position) FROM open_questions WHERE workspace_id = ? AND phase = ?')
      .pluck();
    this.insertOne = db.prepare('INSERT INTO open_questions (id, workspace_id, phase, text, position) VALUES (@id, @workspaceId, @phase, @text, @position)');
    this.updateText = db.prepare('UPDATE open_questions SET text = ? WHERE id = ?');
    this.deleteOne = db.prepare('DELETE FROM open_questions WHERE id = ?');
  }

  list(workspaceId: string): OpenQuestion[] {
    return this.selectByWorkspace.all(workspaceId);
  }

  find(id: string): OpenQuestion | undefined {
    return this.selectOne.get(id);
  }

  isSeeded(workspaceId: string): boolean {
    return this.selectSeeded.get(workspaceId) !== undefined;
  }

  markSeeded(workspaceId: string, at: string): void {
    this.insertSeeded.run(workspaceId, at);
  }

  /** Adds a question at the end of its phase. */
  append(question: Omit<OpenQuestion, 'position'>): OpenQuestion {
    const position = (this.selectLastPosition.get(question.workspaceId, question.phase) ?? 0) + 1;
    const full = { ...question, position };
    this.insertOne.run(full);
    return full;
  }

  setText(id: string, text: string): void {
    this.updateText.run(text, id);
  }

  remove(id: string): void {
    this.deleteOne.run(id);
  }
}
