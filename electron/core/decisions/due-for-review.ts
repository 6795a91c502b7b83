import type { Database, Statement } from 'better-sqlite3';
import type { DecisionSummary } from '../../../shared/domain/decision';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../search';

/** Statuses that end a decision's life: nothing left to review. */
const SETTLED_STATUSES = ['superseded', 'rejected', 'deprecated'];

export class DueForReview {
  private readonly selectDue: Statement<[{ workspaceId: string; until: string; settled: string }], SummaryRow>;

  constructor(db: Database) {
    this.selectDue = db.prepare(`
      SELECT ${SUMMARY_COLUMNS} FROM decisions d
      WHERE d.workspace_id = @workspaceId AND d.deleted_at IS NULL
        AND d.review_by IS NOT NULL AND d.review_by <= @until
        AND (d.status IS NULL OR d.status NOT IN (SELECT value FROM json_each(@settled)))
      ORDER BY d.review_by, d.number`);
  }

  /** Live, unsettled decisions whose review-by date is on or before `until`, soonest first. */
  list(workspaceId: string, until: string): DecisionSummary[] {
    return this.selectDue.all({ workspaceId, until, settled: JSON.stringify(SETTLED_STATUSES) }).map((row) => toSummary(row));
  }
}
