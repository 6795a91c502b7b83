import type { Database, Statement } from 'better-sqlite3';
import type { RevisionSummary } from '../../../shared/api/contract';
import type { DecisionContent } from '../../../shared/domain/decision';

/** One saved state of a decision, as a revision keeps it forever. */
export interface RevisionRecord {
  decisionId: string;
  revision: number;
  author: string;
  createdAt: string;
  summary: string;
  content: DecisionContent;
  markdown: string;
}

interface RevisionRow extends Omit<RevisionRecord, 'content'> {
  content: string;
}

const SUMMARY_COLUMNS = 'revision, author, created_at AS createdAt, summary';

export class RevisionStore {
  private readonly insertRow: Statement<[Omit<RevisionRecord, 'content'> & { content: string }]>;
  private readonly selectSummaries: Statement<[string], RevisionSummary>;
  private readonly selectOne: Statement<[string, number], RevisionRow>;
  private readonly selectTitles: Statement<[string], string>;

  constructor(db: Database) {
    this.insertRow = db.prepare(`
      INSERT INTO revisions (decision_id, revision, author, created_at, summary, content, markdown)
      VALUES (@decisionId, @revision, @author, @createdAt, @summary, @content, @markdown)`);
    this.selectSummaries = db.prepare<[string], RevisionSummary>(
      `SELECT ${SUMMARY_COLUMNS} FROM revisions WHERE decision_id = ? ORDER BY revision DESC`,
    );
    this.selectOne = db.prepare<[string, number], RevisionRow>(
      `SELECT decision_id AS decisionId, ${SUMMARY_COLUMNS}, content, markdown FROM revisions WHERE decision_id = ? AND revision = ?`,
    );
    this.selectTitles = db
      .prepare<[string], string>(
        `SELECT title FROM (SELECT json_extract(content, '$.title') AS title, MAX(revision) AS latest FROM revisions WHERE decision_id = ? GROUP BY title) ORDER BY latest DESC`,
      )
      .pluck();
  }

  insert(record: RevisionRecord): void {
    this.insertRow.run({ ...record, content: JSON.stringify(record.content) });
  }

  /** The decision's revisions, newest first; empty when the decision does not exist. */
  list(decisionId: string): RevisionSummary[] {
    return this.selectSummaries.all(decisionId);
  }

  /** Every title the decision had, the latest first (each once). */
  titles(decisionId: string): string[] {
    return this.selectTitles.all(decisionId);
  }

  find(decisionId: string, revision: number): RevisionRecord | undefined {
    const row = this.selectOne.get(decisionId, revision);
    return row && { ...row, content: JSON.parse(row.content) as DecisionContent };
  }
}
