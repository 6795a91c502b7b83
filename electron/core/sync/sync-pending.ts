import type { Database, Statement } from 'better-sqlite3';

/** What changed in the app since a workspace's last sync (migration 8 keeps it by triggers). */
export interface PendingChanges {
  /** A chosen dialect or the folder changed, or a decision was deleted for good: look at everything. */
  everything: boolean;
  decisionIds: string[];
  /** The last row seen: rows after it were written while the sync ran and wait for the next one. */
  upTo: number;
}

/** The decisions a sync must render again; the rest still render as their files were last written. */
export class SyncPending {
  private readonly select: Statement<[string], { seq: number; decisionId: string }>;
  private readonly selectAny: Statement<[string], number>;
  private readonly selectAfter: Statement<[string, number], string>;
  private readonly clearUpTo: Statement<[string, number]>;
  private readonly keepUnsynced: Statement<[string]>;
  private readonly mark: Statement<[string, string]>;

  constructor(db: Database) {
    this.select = db.prepare('SELECT seq, decision_id AS decisionId FROM sync_pending WHERE workspace_id = ? ORDER BY seq');
    this.selectAny = db.prepare<[string], number>('SELECT 1 FROM sync_pending WHERE workspace_id = ? LIMIT 1').pluck();
    this.selectAfter = db.prepare<[string, number], string>('SELECT DISTINCT decision_id FROM sync_pending WHERE workspace_id = ? AND seq > ?').pluck();
    this.clearUpTo = db.prepare('DELETE FROM sync_pending WHERE workspace_id = ? AND seq <= ?');
    this.keepUnsynced = db.prepare(`
      INSERT INTO sync_pending (workspace_id, decision_id)
      SELECT d.workspace_id, d.id FROM decisions d LEFT JOIN decision_files f ON f.decision_id = d.id
      WHERE d.workspace_id = ? AND d.deleted_at IS NULL AND (f.decision_id IS NULL OR f.disk_hash IS NULL)`);
    this.mark = db.prepare('INSERT INTO sync_pending (workspace_id, decision_id) VALUES (?, ?)');
  }

  of(workspaceId: string): PendingChanges {
    const rows = this.select.all(workspaceId);
    return {
      everything: rows.some((row) => row.decisionId === '*'),
      decisionIds: rows.map((row) => row.decisionId).filter((id) => id !== '*'),
      upTo: rows.reduce((max, row) => Math.max(max, row.seq), 0),
    };
  }

  /** Whether anything changed in the app since the workspace's last sync. */
  any(workspaceId: string): boolean {
    return this.selectAny.get(workspaceId) !== undefined;
  }

  /** The decisions marked after row `seq` ('*' for all of them): what a sync's own writes changed. */
  after(workspaceId: string, seq: number): string[] {
    return this.selectAfter.all(workspaceId, seq);
  }

  /**
   * Forgets what a sync has dealt with (rows up to `upTo`), except the decisions named in
   * `stillPending` (a file that could not be read or written), and, with `everyUnsynced`, every live
   * decision that has no file in the folder yet: the next sync tries them again. A sync that looked
   * at only some decisions names those of them left without a file; the others were kept before.
   */
  settle(workspaceId: string, upTo: number, stillPending: Iterable<string>, options: { everyUnsynced: boolean }): void {
    this.clearUpTo.run(workspaceId, upTo);
    if (options.everyUnsynced) this.keepUnsynced.run(workspaceId);
    for (const id of stillPending) this.mark.run(workspaceId, id);
  }
}
