import type { Database, Statement } from 'better-sqlite3';
import type { DecisionContent } from '../../shared/domain/decision';
import { peopleOf, toSearchDocument } from './search-document';

/**
 * The full-text rows and the tag and people rows of the live decisions. Written by the same statement
 * sequence as the decision itself, inside the caller's transaction, so search never lags a save.
 */
export class SearchIndex {
  private readonly deleteFts: Statement<[number]>;
  private readonly insertFts: Statement<[{ seq: number; title: string; body: string; tags: string; people: string }]>;
  private readonly deleteTags: Statement<[number]>;
  private readonly insertTag: Statement<[number, string, string]>;
  private readonly deletePeople: Statement<[number]>;
  private readonly insertPerson: Statement<[number, string, string, string]>;

  /** `onChange` hears of every decision whose indexed values were rewritten. */
  constructor(
    db: Database,
    private readonly onChange: (seq: number) => void,
  ) {
    this.deleteFts = db.prepare('DELETE FROM decision_fts WHERE rowid = ?');
    this.insertFts = db.prepare(
      'INSERT INTO decision_fts (rowid, title, body, tags, people) VALUES (@seq, @title, @body, @tags, @people)',
    );
    this.deleteTags = db.prepare('DELETE FROM decision_tags WHERE decision_seq = ?');
    this.insertTag = db.prepare('INSERT OR IGNORE INTO decision_tags (decision_seq, tag, workspace_id) VALUES (?, ?, ?)');
    this.deletePeople = db.prepare('DELETE FROM decision_people WHERE decision_seq = ?');
    this.insertPerson = db.prepare(
      'INSERT INTO decision_people (decision_seq, person_key, person, workspace_id) VALUES (?, ?, ?, ?)',
    );
  }

  /** Replaces everything indexed for the decision with `seq` by what `content` says. */
  write(seq: number, workspaceId: string, content: DecisionContent): void {
    this.remove(seq);
    this.insertFts.run({ seq, ...toSearchDocument(content) });
    for (const tag of content.tags) this.insertTag.run(seq, tag, workspaceId);
    for (const person of peopleOf(content)) this.insertPerson.run(seq, person.key, person.name, workspaceId);
  }

  /** Takes the decision with `seq` out of search, filters and facets. */
  remove(seq: number): void {
    this.deleteFts.run(seq);
    this.deleteTags.run(seq);
    this.deletePeople.run(seq);
    this.onChange(seq);
  }
}
