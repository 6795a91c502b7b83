import type { Database, Statement } from 'better-sqlite3';
import type { DecisionContent } from '../../../shared/domain/decision';
import { peopleOf, toSearchDocument } from './search-document';

type FullTextRow = { seq: number; title: string; body: string; tags: string; people: string };

/**
 * The full-text rows and the tag and people rows of the live decisions. Written by the same statement
 * sequence as the decision itself, inside the caller's transaction, so search never lags a save.
 */
export class SearchIndex {
  private readonly deleteFts: Statement<[number]>;
  private readonly insertFts: Statement<[FullTextRow]>;
  private readonly deleteTags: Statement<[number]>;
  private readonly insertTag: Statement<[number, string, string]>;
  private readonly deletePeople: Statement<[number]>;
  private readonly insertPerson: Statement<[number, string, string, string]>;
  /** Full-text rows held back by `batch`, by seq. */
  private held: Map<number, FullTextRow> | null = null;

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

  /**
   * Runs `fn` (inside the caller's transaction) with the full-text rows it writes held back and
   * written one after another at its end. FTS5 flushes its pending terms whenever another statement
   * of the transaction opens a statement journal, so rows written between other inserts (an import)
   * each became a tiny segment to merge: a third of a 10,000-file import (ADR 0013). Searches inside
   * `fn` do not see the held rows.
   */
  batch<T>(fn: () => T): T {
    if (this.held) return fn();
    this.held = new Map();
    try {
      const result = fn();
      for (const row of this.held.values()) this.insertFts.run(row);
      return result;
    } finally {
      this.held = null;
    }
  }

  /** Replaces everything indexed for the decision with `seq` by what `content` says. */
  write(seq: number, workspaceId: string, content: DecisionContent): void {
    this.remove(seq);
    const row = { seq, ...toSearchDocument(content) };
    if (this.held) this.held.set(seq, row);
    else this.insertFts.run(row);
    for (const tag of content.tags) this.insertTag.run(seq, tag, workspaceId);
    for (const person of peopleOf(content)) this.insertPerson.run(seq, person.key, person.name, workspaceId);
  }

  /** Takes the decision with `seq` out of search, filters and facets. */
  remove(seq: number): void {
    this.held?.delete(seq);
    this.deleteFts.run(seq);
    this.deleteTags.run(seq);
    this.deletePeople.run(seq);
    this.onChange(seq);
  }
}
