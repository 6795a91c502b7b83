import type { Database } from 'better-sqlite3';
import { adrFileName } from '../../../shared/dialects/adr-file-naming';
import { renderDecisionIndex } from './decision-index';
import { TemplateId } from '../../../shared/domain/template';

type DecisionRow = [id: string, number: number, title: string, status: string, date: string, template: string];

/**
 * The table of contents of a workspace's synced folder (what `adr generate toc` prints), read
 * straight from the store: each live decision with the file it was last synced to. No record is
 * parsed or rendered: two narrow queries (the paths from an index alone) at 10,000 decisions. A
 * decision not synced yet is listed under the name its first sync will give it.
 */
export function folderIndex(db: Database, workspaceId: string): string {
  const paths = new Map(
    db.prepare<[string], [string, string]>('SELECT decision_id, path FROM decision_files WHERE workspace_id = ?').raw().all(workspaceId),
  );
  const rows = db
    .prepare<[string], DecisionRow>('SELECT id, number, title, status, date, template FROM decisions WHERE workspace_id = ? AND deleted_at IS NULL')
    .raw()
    .all(workspaceId);
  return renderDecisionIndex(
    rows.map(([id, number, title, status, date, template]) => ({
      number,
      title,
      status,
      date,
      path: paths.get(id) ?? adrFileName(TemplateId.parse(template), number, title, date),
    })),
  );
}
