import type { Database } from 'better-sqlite3';
import type { DecisionContent } from '../../../../shared/domain/decision';
import { renderDecisionMarkdown } from '../../../../shared/domain/decision-markdown';
import type { KnownTemplateId } from '../../../../shared/domain/template';
import { describeChanges } from '../../decisions';
import { peopleOf, toSearchDocument } from '../../search';
import type { Migration } from './migration';
import { readStoredFileAgain, type StoredDocument } from './stored-document-reading';

export interface FileRow {
  decisionId: string;
  path: string;
  document: string;
  linkTargets: string;
  seq: number;
  workspaceId: string;
  number: number;
  template: KnownTemplateId;
  revision: number;
  live: number;
  content: string;
}

/** Who the revision a re-reading makes is by: Cairn itself, not the person whose profile is set. */
const AUTHOR = 'Cairn';

/**
 * Documents stored by the reading rules before version 2 (shared/dialects README, "Documents stored by
 * older reading rules") are read again by today's, so that a sync or an export writes their files
 * back unchanged: written as they were stored, today's writer would change some (a date with a note
 * after it put back as the stand-in, option descriptions and text under Status dropped). Where the
 * decision's content changes with the new reading, a revision by Cairn records it, and search follows.
 */
export const storedDocumentsReadAgain: Migration = {
  version: 9,
  name: 'stored documents read again',
  up(db, { now }) {
    const rows = db
      .prepare<[], FileRow>(`
        SELECT f.decision_id AS decisionId, f.path, f.document, f.link_targets AS linkTargets, d.seq, d.workspace_id AS workspaceId,
          d.number, d.template, d.revision, d.deleted_at IS NULL AS live, c.content
        FROM decision_files f JOIN decisions d ON d.id = f.decision_id JOIN decision_contents c ON c.decision_seq = d.seq
        WHERE json_type(f.document, '$.layout') = 'object' AND json_type(f.document, '$.layout.reader') IS NULL`)
      .all();
    // The revision the import or the last pull made holds the content as the file was read.
    const readRevision = db
      .prepare<[string], string>(`SELECT content FROM revisions WHERE decision_id = ? AND (summary LIKE 'Imported from %' OR summary LIKE 'From %') ORDER BY revision DESC LIMIT 1`)
      .pluck();
    const saveFile = db.prepare('UPDATE decision_files SET document = ?, link_targets = ?, file_number = ? WHERE decision_id = ?');
    const change = contentWriter(db);
    const at = now.toISOString();
    for (const row of rows) {
      const current = JSON.parse(row.content) as DecisionContent;
      const read = readRevision.get(row.decisionId);
      const again = readStoredFileAgain({
        path: row.path,
        document: JSON.parse(row.document) as StoredDocument,
        linkTargets: JSON.parse(row.linkTargets) as (string | null)[],
        current,
        read: read === undefined ? null : (JSON.parse(read) as DecisionContent),
      });
      if (!again) continue;
      saveFile.run(JSON.stringify(again.document), JSON.stringify(again.linkTargets), again.document.number, row.decisionId);
      const summary = describeChanges(current, again.content);
      if (summary !== null) change(row, again.content, `Read again from ${row.path} by newer reading rules: ${summary}`, at);
    }
  },
};

/** Saves a decision's new content as a revision, with its list columns and search rows, as DecisionWriter does. */
export function contentWriter(db: Database): (row: FileRow, content: DecisionContent, summary: string, at: string) => void {
  const updateRow = db.prepare(`
    UPDATE decisions SET title = @title, status = @status, date = @date, review_by = @reviewBy, tags = @tags, decision_makers = @decisionMakers,
      revision = @revision, updated_at = @at WHERE id = @id`);
  const updateContent = db.prepare('UPDATE decision_contents SET content = ? WHERE decision_seq = ?');
  const insertRevision = db.prepare(`
    INSERT INTO revisions (decision_id, revision, author, created_at, summary, content, markdown)
    VALUES (@id, @revision, @author, @at, @summary, @content, @markdown)`);
  const deleteFts = db.prepare('DELETE FROM decision_fts WHERE rowid = ?');
  const insertFts = db.prepare('INSERT INTO decision_fts (rowid, title, body, tags, people) VALUES (@seq, @title, @body, @tags, @people)');
  const deleteTags = db.prepare('DELETE FROM decision_tags WHERE decision_seq = ?');
  const insertTag = db.prepare('INSERT OR IGNORE INTO decision_tags (decision_seq, tag, workspace_id) VALUES (?, ?, ?)');
  const deletePeople = db.prepare('DELETE FROM decision_people WHERE decision_seq = ?');
  const insertPerson = db.prepare('INSERT INTO decision_people (decision_seq, person_key, person, workspace_id) VALUES (?, ?, ?, ?)');
  return (row, content, summary, at) => {
    const revision = row.revision + 1;
    updateRow.run({
      id: row.decisionId,
      title: content.title,
      status: content.status,
      date: content.date,
      reviewBy: content.reviewBy,
      tags: JSON.stringify(content.tags),
      decisionMakers: JSON.stringify(content.decisionMakers),
      revision,
      at,
    });
    updateContent.run(JSON.stringify(content), row.seq);
    insertRevision.run({
      id: row.decisionId,
      revision,
      author: AUTHOR,
      at,
      summary,
      content: JSON.stringify(content),
      markdown: renderDecisionMarkdown(row.number, row.template, content),
    });
    if (!row.live) return;
    deleteFts.run(row.seq);
    insertFts.run({ seq: row.seq, ...toSearchDocument(content) });
    deleteTags.run(row.seq);
    for (const tag of content.tags) insertTag.run(row.seq, tag, row.workspaceId);
    deletePeople.run(row.seq);
    for (const person of peopleOf(content)) insertPerson.run(row.seq, person.key, person.name, row.workspaceId);
  };
}
