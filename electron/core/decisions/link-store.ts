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

/** A link with both its ends, for every link of a workspace at once. */
interface WorkspaceLinkRow {
  kind: LinkKind;
  fromId: string;
  fromNumber: number;
  fromTitle: string;
  fromStatus: string;
  fromLive: 0 | 1;
  toId: string;
  toNumber: number;
  toTitle: string;
  toStatus: string;
  toLive: 0 | 1;
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
  private readonly selectWorkspaceLinks: Statement<[string], WorkspaceLinkRow>;

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
    // A link joins two decisions of one workspace (linkDecisions refuses others), so its source says where it is.
    this.selectWorkspaceLinks = db.prepare<[string], WorkspaceLinkRow>(`
      SELECT l.kind,
        f.id AS fromId, f.number AS fromNumber, f.title AS fromTitle, f.status AS fromStatus, f.deleted_at IS NULL AS fromLive,
        t.id AS toId, t.number AS toNumber, t.title AS toTitle, t.status AS toStatus, t.deleted_at IS NULL AS toLive
      FROM decision_links l JOIN decisions f ON f.id = l.from_id JOIN decisions t ON t.id = l.to_id
      WHERE f.workspace_id = ?`);
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

  /**
   * viewsOf for every decision of a workspace that has links, from one query: a whole-workspace export
   * or sync asks for every decision's links, and a query for each was a sixth of a no-op export.
   */
  viewsInWorkspace(workspaceId: string): Map<string, DecisionLinkView[]> {
    const views = new Map<string, DecisionLinkView[]>();
    const push = (id: string, view: DecisionLinkView) => {
      const list = views.get(id);
      if (list) list.push(view);
      else views.set(id, [view]);
    };
    const rows = this.selectWorkspaceLinks.all(workspaceId);
    // Outgoing views first, then incoming, as viewsOf's query gives them, so ties sort alike.
    for (const r of rows) if (r.toLive) push(r.fromId, { kind: r.kind, direction: 'outgoing', otherId: r.toId, otherNumber: r.toNumber, otherTitle: r.toTitle, otherStatus: r.toStatus });
    for (const r of rows) if (r.fromLive) push(r.toId, { kind: r.kind, direction: 'incoming', otherId: r.fromId, otherNumber: r.fromNumber, otherTitle: r.fromTitle, otherStatus: r.fromStatus });
    for (const list of views.values()) list.sort(compareLinkViews);
    return views;
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
