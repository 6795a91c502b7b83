import type { Database, Statement } from 'better-sqlite3';
import type { DecisionContent, DecisionSources } from '../../../shared/domain/decision';
import type { TemplateId } from '../../../shared/domain/template';
import type { SearchIndex } from '../search';

/** A decision as stored: its content plus bookkeeping, without links. */
export interface DecisionRecord {
  seq: number;
  id: string;
  workspaceId: string;
  number: number;
  template: TemplateId;
  content: DecisionContent;
  /** Where its status and date come from: the record itself, a file's name or folder, git, a convention. */
  sources: DecisionSources;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** Set while the decision is in the trash. */
  deletedAt: string | null;
}

export type NewDecisionRecord = Omit<DecisionRecord, 'seq' | 'deletedAt'>;

interface DecisionRow extends Omit<DecisionRecord, 'content' | 'sources'> {
  content: string;
  statusSource: DecisionSources['statusSource'];
  dateSource: DecisionSources['dateSource'];
}

interface DecisionColumns {
  id: string;
  workspaceId: string;
  number: number;
  template: string;
  title: string;
  status: string | null;
  statusSource: string | null;
  date: string | null;
  dateSource: string | null;
  reviewBy: string | null;
  tags: string;
  decisionMakers: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** Decisions, their content and, through SearchIndex, their search rows: every write here keeps all in step. */
export class DecisionStore {
  private readonly selectById: Statement<[string], DecisionRow>;
  private readonly selectInWorkspace: Statement<[string], DecisionRow>;
  private readonly selectMaxNumber: Statement<[string], number | null>;
  private readonly insertRow: Statement<[DecisionColumns]>;
  private readonly updateRow: Statement<[DecisionColumns]>;
  private readonly upsertContent: Statement<[number, string]>;
  private readonly updateDeletedAt: Statement<[string | null, string]>;

  /** `index` is the connection's search index, which this store writes in step with each decision. */
  constructor(
    db: Database,
    private readonly index: SearchIndex,
  ) {
    this.selectById = db.prepare<[string], DecisionRow>(`
      SELECT ${RECORD_COLUMNS} FROM decisions d JOIN decision_contents c ON c.decision_seq = d.seq WHERE d.id = ?`);
    this.selectInWorkspace = db.prepare<[string], DecisionRow>(`
      SELECT ${RECORD_COLUMNS} FROM decisions d JOIN decision_contents c ON c.decision_seq = d.seq WHERE d.workspace_id = ? ORDER BY d.number, d.seq`);
    this.selectMaxNumber = db
      .prepare<[string], number | null>('SELECT max(number) FROM decisions WHERE workspace_id = ?')
      .pluck();
    this.insertRow = db.prepare(`
      INSERT INTO decisions (id, workspace_id, number, template, title, status, status_source, date, date_source, review_by, tags, decision_makers, revision, created_at, updated_at)
      VALUES (@id, @workspaceId, @number, @template, @title, @status, @statusSource, @date, @dateSource, @reviewBy, @tags, @decisionMakers, @revision, @createdAt, @updatedAt)`);
    this.updateRow = db.prepare(`
      UPDATE decisions SET number = @number, template = @template, title = @title, status = @status, status_source = @statusSource,
        date = @date, date_source = @dateSource, review_by = @reviewBy, tags = @tags, decision_makers = @decisionMakers, revision = @revision, updated_at = @updatedAt
      WHERE id = @id`);
    this.upsertContent = db.prepare(
      'INSERT INTO decision_contents (decision_seq, content) VALUES (?, ?) ON CONFLICT (decision_seq) DO UPDATE SET content = excluded.content',
    );
    this.updateDeletedAt = db.prepare('UPDATE decisions SET deleted_at = ? WHERE id = ?');
  }

  /** Runs a bulk write with its full-text rows written together at the end (see SearchIndex.batch). */
  batchIndexWrites<T>(fn: () => T): T {
    return this.index.batch(fn);
  }

  /** The decision with this id, including one in the trash. */
  find(id: string): DecisionRecord | undefined {
    const row = this.selectById.get(id);
    return row && toRecord(row, JSON.parse(row.content) as DecisionContent);
  }

  /**
   * Every decision of the workspace, the trash included, by number: one query instead of one per
   * decision. Content is parsed on first use, as a sync that finds nothing changed reads none of it.
   */
  inWorkspace(workspaceId: string): DecisionRecord[] {
    return this.selectInWorkspace.all(workspaceId).map((row) => {
      let content: DecisionContent | undefined;
      const json = row.content;
      return Object.defineProperty(toRecord(row, undefined), 'content', {
        enumerable: true,
        configurable: true,
        get: () => (content ??= JSON.parse(json) as DecisionContent),
        set: (value: DecisionContent) => {
          content = value;
        },
      });
    });
  }

  /** One more than the highest number ever used in the workspace, counting the trash. */
  nextNumber(workspaceId: string): number {
    return (this.selectMaxNumber.get(workspaceId) ?? 0) + 1;
  }

  insert(record: NewDecisionRecord): DecisionRecord {
    const seq = Number(this.insertRow.run(toColumns(record)).lastInsertRowid);
    const stored = { ...record, seq, deletedAt: null };
    this.writeContent(stored);
    return stored;
  }

  update(record: DecisionRecord): void {
    this.updateRow.run(toColumns(record));
    this.writeContent(record);
  }

  moveToTrash(record: DecisionRecord, at: string): void {
    this.updateDeletedAt.run(at, record.id);
    this.index.remove(record.seq);
  }

  restoreFromTrash(record: DecisionRecord): void {
    this.updateDeletedAt.run(null, record.id);
    this.index.write(record.seq, record.workspaceId, record.content);
  }

  private writeContent(record: DecisionRecord): void {
    this.upsertContent.run(record.seq, JSON.stringify(record.content));
    if (record.deletedAt === null) this.index.write(record.seq, record.workspaceId, record.content);
  }
}

const RECORD_COLUMNS = `d.seq, d.id, d.workspace_id AS workspaceId, d.number, d.template, c.content, d.status_source AS statusSource,
  d.date_source AS dateSource, d.revision, d.created_at AS createdAt, d.updated_at AS updatedAt, d.deleted_at AS deletedAt`;

function toRecord(row: DecisionRow, content: DecisionContent | undefined): DecisionRecord {
  const { content: _json, statusSource, dateSource, ...rest } = row;
  return { ...rest, content: content as DecisionContent, sources: { statusSource, dateSource } };
}

function toColumns(record: NewDecisionRecord): DecisionColumns {
  const { content } = record;
  return {
    id: record.id,
    workspaceId: record.workspaceId,
    number: record.number,
    template: record.template,
    title: content.title,
    status: content.status,
    statusSource: record.sources.statusSource,
    date: content.date,
    dateSource: record.sources.dateSource,
    reviewBy: content.reviewBy,
    tags: JSON.stringify(content.tags),
    decisionMakers: JSON.stringify(content.decisionMakers),
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
