import type { Database, Statement } from 'better-sqlite3';
import type { DecisionLinkView } from '../../../shared/domain/decision';
import { LINK_KINDS, type LinkKind } from '../../../shared/domain/link-kind';

interface LinkViewRow {
  kind: LinkKind;
  direction: 'outgoing' | 'incoming';
  otherId: string;
  otherNumber: number;
  otherTitle: string;
  otherStatus: string;
}

/**
 * Typed links between decisions. Rows stay while either end is in the trash, so a restore brings the
 * links back; the views leave out ends that are in the trash.
 */
export class LinkStore {
  private readonly selectExists: Statement<[string, string, string], number>;
  private readonly insertLink: Statement<[string, string, string]>;
  private readonly deleteLink: Statement<[string, string, string]>;
  private readonly selectSupersedesReach: Statement<[string, string], number>;
  private readonly selectViews: Statement<[string, string], LinkViewRow>;

  constructor(db: Database) {
    this.selectExists = db
      .prepare<[string, string, string], number>('SELECT 1 FROM decision_links WHERE from_id = ? AND kind = ? AND to_id = ?')
      .pluck();
    this.insertLink = db.prepare('INSERT OR IGNORE INTO decision_links (from_id, kind, to_id) VALUES (?, ?, ?)');
    this.deleteLink = db.prepare('DELETE FROM decision_links WHERE from_id = ? AND kind = ? AND to_id = ?');
    // UNION (not UNION ALL) stops the walk even if imported data already holds a cycle.
    this.selectSupersedesReach = db
      .prepare<[string, string], number>(`
        WITH RECURSIVE superseded(id) AS (
          SELECT to_id FROM decision_links WHERE from_id = ? AND kind = 'supersedes'
          UNION
          SELECT l.to_id FROM decision_links l JOIN superseded s ON l.from_id = s.id WHERE l.kind = 'supersedes'
        )
        SELECT 1 FROM superseded WHERE id = ? LIMIT 1`)
      .pluck();
    this.selectViews = db.prepare<[string, string], LinkViewRow>(`
      SELECT l.kind, 'outgoing' AS direction, d.id AS otherId, d.number AS otherNumber, d.title AS otherTitle, d.status AS otherStatus
      FROM decision_links l JOIN decisions d ON d.id = l.to_id
      WHERE l.from_id = ? AND d.deleted_at IS NULL
      UNION ALL
      SELECT l.kind, 'incoming', d.id, d.number, d.title, d.status
      FROM decision_links l JOIN decisions d ON d.id = l.from_id
      WHERE l.to_id = ? AND d.deleted_at IS NULL`);
  }

  exists(fromId: string, kind: LinkKind, toId: string): boolean {
    return this.selectExists.get(fromId, kind, toId) !== undefined;
  }

  add(fromId: string, kind: LinkKind, toId: string): void {
    this.insertLink.run(fromId, kind, toId);
  }

  remove(fromId: string, kind: LinkKind, toId: string): void {
    this.deleteLink.run(fromId, kind, toId);
  }

  /** Whether `fromId` supersedes `toId`, directly or through a chain of supersedes links. */
  supersedesTransitively(fromId: string, toId: string): boolean {
    return this.selectSupersedesReach.get(fromId, toId) !== undefined;
  }

  /**
   * The live decisions linked to this one, both directions, ordered by kind (in LINK_KINDS order),
   * then outgoing before incoming so "Supersedes" and "Superseded by" stay together, then number.
   */
  viewsOf(id: string): DecisionLinkView[] {
    return this.selectViews.all(id, id).sort(compareLinkViews);
  }
}

/** The order a decision's links are shown in (see viewsOf); ties keep the order they came in. */
export function compareLinkViews(
  a: Pick<DecisionLinkView, 'kind' | 'direction' | 'otherNumber'>,
  b: Pick<DecisionLinkView, 'kind' | 'direction' | 'otherNumber'>,
): number {
  return (
    LINK_KINDS.indexOf(a.kind) - LINK_KINDS.indexOf(b.kind) ||
    (a.direction === b.direction ? 0 : a.direction === 'outgoing' ? -1 : 1) ||
    a.otherNumber - b.otherNumber
  );
}
