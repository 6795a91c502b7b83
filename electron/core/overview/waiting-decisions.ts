import type { Database, Statement } from 'better-sqlite3';
import type { DecisionSummary } from '../../../shared/domain/decision';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../search';

/** How many waiting decisions the home page lists; the decision list filters for the rest. */
const WAITING_LIMIT = 20;

/** Proposed decisions, oldest first: the ones that have waited longest for a session or a verdict. */
export class WaitingDecisions {
  private readonly selectWaiting: Statement<[string, number], SummaryRow>;

  constructor(db: Database) {
    this.selectWaiting = db.prepare(`
      SELECT ${SUMMARY_COLUMNS} FROM decisions d
      WHERE d.workspace_id = ? AND d.deleted_at IS NULL AND d.status = 'proposed'
      ORDER BY d.date, d.number LIMIT ?`);
  }

  list(workspaceId: string): DecisionSummary[] {
    return this.selectWaiting.all(workspaceId, WAITING_LIMIT).map((row) => toSummary(row));
  }
}
