import { readStoredAgain } from '../../../../shared/dialects/adr-dialects';
import type { DecisionContent } from '../../../../shared/domain/decision';
import { describeChanges } from '../../decisions';
import { contentWriter, type FileRow } from './0009-stored-documents-read-again';
import type { Migration } from './migration';
import type { StoredDocument } from './stored-document-reading';
import { rebuildTable } from './table-rebuild';

/**
 * A decision's status and date may be unknown (NULL), and each known one names its source: `file` (the
 * record itself, or an edit in Cairn), `convention` (a Log4brains file without a status), `file-name`,
 * `folder-name`, `git`. Before, the reader put stand-ins where a file gave none ("accepted", the file's
 * modification time, 1970-01-01) and they were stored as facts. Each file is read again as the store
 * holds it (`readStoredAgain`: a stand-in is in the layout's assumed values, so it is not in that text):
 * a value still the stand-in becomes unknown, with a revision by Cairn saying so; a value changed in the
 * app since is the record's own. Decisions with no file read are the user's own values.
 */
export const unknownStatusAndDate: Migration = {
  version: 10,
  name: 'unknown status and date',
  up(db, { now }) {
    rebuildTable(db, 'decisions', [
      ['status TEXT NOT NULL', 'status TEXT'],
      ['date TEXT NOT NULL', 'date TEXT'],
    ]);
    db.exec(`
      ALTER TABLE decisions ADD COLUMN status_source TEXT;
      ALTER TABLE decisions ADD COLUMN date_source TEXT;
      UPDATE decisions SET status_source = 'file', date_source = 'file';
    `);
    const rows = db
      .prepare<[], FileRow>(`
        SELECT f.decision_id AS decisionId, f.path, f.document, f.link_targets AS linkTargets, d.seq, d.workspace_id AS workspaceId,
          d.number, d.template, d.revision, d.deleted_at IS NULL AS live, c.content
        FROM decision_files f JOIN decisions d ON d.id = f.decision_id JOIN decision_contents c ON c.decision_seq = d.seq
        WHERE json_type(f.document, '$.layout') = 'object'`)
      .all();
    const saveSources = db.prepare('UPDATE decisions SET status_source = ?, date_source = ? WHERE id = ?');
    const saveDocument = db.prepare('UPDATE decision_files SET document = ? WHERE decision_id = ?');
    const change = contentWriter(db);
    const at = now.toISOString();
    for (const row of rows) {
      const current = JSON.parse(row.content) as DecisionContent;
      const document = JSON.parse(row.document) as StoredDocument;
      const layout = document.layout;
      if (!layout) continue;
      const again = readStoredAgain({ ...document, content: current }, row.path);
      const status = layout.assumed.status === current.status && again.content.status === null;
      const date = layout.assumed.date === current.date && again.content.date === null;
      saveSources.run(status ? null : (again.sources.status ?? 'file'), date ? null : (again.sources.date ?? 'file'), row.decisionId);
      if (!status && !date) continue;
      const assumed = { ...layout.assumed, status: status ? null : layout.assumed.status, date: date ? null : layout.assumed.date };
      saveDocument.run(JSON.stringify({ ...document, layout: { ...layout, assumed } }), row.decisionId);
      const content = { ...current, status: status ? null : current.status, date: date ? null : current.date };
      const summary = describeChanges(current, content);
      if (summary !== null) change(row, content, `Unknown where ${row.path} gives none, no longer assumed: ${summary}`, at);
    }
  },
};
