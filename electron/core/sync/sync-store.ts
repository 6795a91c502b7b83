import type { Database, Statement } from 'better-sqlite3';
import type { AdrDocument, DialectId } from '../../../shared/dialects/adr-document';
import { SyncFileStats } from './sync-file-stats';
import { SyncPending } from './sync-pending';

/** The folder a workspace is linked to; `dialect` null keeps each record in the dialect it came in. */
export interface SyncFolder {
  workspaceId: string;
  path: string;
  dialect: DialectId | null;
  lastSyncedAt: string | null;
}

/** What Cairn remembers of one decision's file since the last import, export or sync. */
export interface DecisionFile {
  decisionId: string;
  workspaceId: string;
  /** Relative to the sync folder, with forward slashes. */
  path: string;
  /** The file as read or written, but for its content, which is the decision's own (ADR 0013). */
  document: StoredDocument;
  /** The decision each of `document.links` points at, by position; null where it named no known record. */
  linkTargets: (string | null)[];
  /** The number written in the file; null where the dialect writes none (Log4brains). */
  fileNumber: number | null;
  /** The decision's number when the file was last synced. */
  syncedNumber: number;
  /** The file's hash at the last sync; null when it was never written to the linked folder. */
  diskHash: string | null;
  /** The hash of what the app would have written at the last sync. */
  appHash: string;
  /** What the app's rendering depended on at the last sync; null when unknown (render to compare). */
  renderKey: string | null;
  syncedAt: string;
}

/**
 * A document without its content: the content a file showed is what its decision held after the
 * sync that read or wrote it, and a fifth of the database's bytes when kept twice.
 */
export type StoredDocument = Omit<AdrDocument, 'content'>;

export type TrackedFile = Pick<DecisionFile, 'decisionId' | 'path' | 'diskHash' | 'syncedNumber'>;

export interface SyncConflictRecord {
  decisionId: string;
  workspaceId: string;
  path: string;
  /** Null when the file was deleted on disk. */
  diskText: string | null;
  appText: string;
  detectedAt: string;
}

interface DecisionFileRow extends Omit<DecisionFile, 'document' | 'linkTargets'> {
  document: string;
  linkTargets: string;
}

interface DecisionFileReadRow extends DecisionFileRow {
  dialect: DialectId;
}

/** The dialect of files read from the store whose document has not been parsed yet. */
const dialectOfUnparsed = new WeakMap<DecisionFile, DialectId>();

/** The dialect a file's document is in, without parsing the document when the store already knows it. */
export function fileDialect(file: DecisionFile): DialectId {
  return dialectOfUnparsed.get(file) ?? file.document.dialect;
}

const FILE_COLUMNS = `decision_id AS decisionId, workspace_id AS workspaceId, path, document, link_targets AS linkTargets, file_number AS fileNumber,
  synced_number AS syncedNumber, disk_hash AS diskHash, app_hash AS appHash, render_key AS renderKey, synced_at AS syncedAt,
  json_extract(document, '$.dialect') AS dialect`;

/** Sync folders, per-decision file state, open conflicts and import reports (migration 2). */
export class SyncStore {
  readonly fileStats: SyncFileStats;
  readonly pending: SyncPending;
  private readonly selectTracked: Statement<[string], TrackedFile>;
  private readonly selectFolder: Statement<[string], SyncFolder>;
  private readonly upsertFolder: Statement<[SyncFolder]>;
  private readonly selectFiles: Statement<[string], DecisionFileReadRow>;
  private readonly selectFile: Statement<[string], DecisionFileReadRow>;
  private readonly upsertFile: Statement<[DecisionFileRow]>;
  private readonly deleteFile: Statement<[string]>;
  private readonly clearDiskHash: Statement<[string]>;
  private readonly selectConflicts: Statement<[string], SyncConflictRecord>;
  private readonly selectConflict: Statement<[string], SyncConflictRecord>;
  private readonly upsertConflict: Statement<[SyncConflictRecord]>;
  private readonly deleteConflict: Statement<[string]>;
  private readonly insertReport: Statement<[string, string, string, string]>;
  private readonly selectLastReport: Statement<[string], { folder: string; createdAt: string; report: string }>;
  private readonly selectHeldTwice: Statement<[string], number>;
  private readonly selectTrashed: Statement<[string], string>;

  constructor(db: Database) {
    this.fileStats = new SyncFileStats(db);
    this.pending = new SyncPending(db);
    this.selectTracked = db.prepare(
      'SELECT decision_id AS decisionId, path, disk_hash AS diskHash, synced_number AS syncedNumber FROM decision_files WHERE workspace_id = ?',
    );
    this.selectFolder = db.prepare(
      'SELECT workspace_id AS workspaceId, path, dialect, last_synced_at AS lastSyncedAt FROM sync_folders WHERE workspace_id = ?',
    );
    this.upsertFolder = db.prepare(`
      INSERT INTO sync_folders (workspace_id, path, dialect, last_synced_at) VALUES (@workspaceId, @path, @dialect, @lastSyncedAt)
      ON CONFLICT (workspace_id) DO UPDATE SET path = excluded.path, dialect = excluded.dialect, last_synced_at = excluded.last_synced_at`);
    this.selectFiles = db.prepare(`SELECT ${FILE_COLUMNS} FROM decision_files WHERE workspace_id = ? ORDER BY path`);
    this.selectFile = db.prepare(`SELECT ${FILE_COLUMNS} FROM decision_files WHERE decision_id = ?`);
    this.upsertFile = db.prepare(`
      INSERT INTO decision_files (decision_id, workspace_id, path, document, link_targets, file_number, synced_number, disk_hash, app_hash, render_key, synced_at)
      VALUES (@decisionId, @workspaceId, @path, @document, @linkTargets, @fileNumber, @syncedNumber, @diskHash, @appHash, @renderKey, @syncedAt)
      ON CONFLICT (decision_id) DO UPDATE SET path = excluded.path, document = excluded.document, link_targets = excluded.link_targets, file_number = excluded.file_number,
        synced_number = excluded.synced_number, disk_hash = excluded.disk_hash, app_hash = excluded.app_hash, render_key = excluded.render_key, synced_at = excluded.synced_at`);
    this.deleteFile = db.prepare('DELETE FROM decision_files WHERE decision_id = ?');
    this.clearDiskHash = db.prepare('UPDATE decision_files SET disk_hash = NULL WHERE decision_id = ?');
    const conflictColumns = `decision_id AS decisionId, workspace_id AS workspaceId, path, disk_text AS diskText, app_text AS appText,
      detected_at AS detectedAt`;
    this.selectConflicts = db.prepare(`SELECT ${conflictColumns} FROM sync_conflicts WHERE workspace_id = ? ORDER BY path`);
    this.selectConflict = db.prepare(`SELECT ${conflictColumns} FROM sync_conflicts WHERE decision_id = ?`);
    this.upsertConflict = db.prepare(`
      INSERT INTO sync_conflicts (decision_id, workspace_id, path, disk_text, app_text, detected_at)
      VALUES (@decisionId, @workspaceId, @path, @diskText, @appText, @detectedAt)
      ON CONFLICT (decision_id) DO UPDATE SET path = excluded.path, disk_text = excluded.disk_text, app_text = excluded.app_text,
        detected_at = excluded.detected_at`);
    this.deleteConflict = db.prepare('DELETE FROM sync_conflicts WHERE decision_id = ?');
    this.insertReport = db.prepare('INSERT INTO import_reports (workspace_id, folder, created_at, report) VALUES (?, ?, ?, ?)');
    this.selectLastReport = db.prepare(
      'SELECT folder, created_at AS createdAt, report FROM import_reports WHERE workspace_id = ? ORDER BY id DESC LIMIT 1',
    );
    this.selectTrashed = db.prepare<[string], string>('SELECT id FROM decisions WHERE workspace_id = ? AND deleted_at IS NOT NULL').pluck();
    this.selectHeldTwice = db
      .prepare<[string], number>('SELECT number FROM decisions WHERE workspace_id = ? AND deleted_at IS NULL GROUP BY number HAVING count(*) > 1')
      .pluck();
  }

  folder(workspaceId: string): SyncFolder | undefined {
    return this.selectFolder.get(workspaceId);
  }

  saveFolder(folder: SyncFolder): void {
    this.upsertFolder.run(folder);
  }

  files(workspaceId: string): DecisionFile[] {
    return this.selectFiles.all(workspaceId).map(toDecisionFile);
  }

  /** Where each decision's file is, without the documents: what a sync needs before it knows what changed. */
  tracked(workspaceId: string): TrackedFile[] {
    return this.selectTracked.all(workspaceId);
  }

  /** The ids of the workspace's decisions in the trash. */
  trashed(workspaceId: string): Set<string> {
    return new Set(this.selectTrashed.all(workspaceId));
  }

  file(decisionId: string): DecisionFile | undefined {
    const row = this.selectFile.get(decisionId);
    return row && toDecisionFile(row);
  }

  saveFile(file: DecisionFile): void {
    const { content: _content, ...document } = file.document as AdrDocument;
    this.upsertFile.run({ ...file, document: JSON.stringify(document), linkTargets: JSON.stringify(file.linkTargets) });
  }

  forgetFile(decisionId: string): void {
    this.deleteFile.run(decisionId);
  }

  /**
   * Records that the decision's file is no longer in the folder (deleted there, or by a sync because
   * the decision is in the trash), keeping its name and what it stated: the file coming back under
   * that name restores the decision instead of arriving as a new one.
   */
  markFileGone(decisionId: string): void {
    this.clearDiskHash.run(decisionId);
  }

  conflicts(workspaceId: string): SyncConflictRecord[] {
    return this.selectConflicts.all(workspaceId);
  }

  conflict(decisionId: string): SyncConflictRecord | undefined {
    return this.selectConflict.get(decisionId);
  }

  saveConflict(conflict: SyncConflictRecord): void {
    this.upsertConflict.run(conflict);
  }

  clearConflict(decisionId: string): void {
    this.deleteConflict.run(decisionId);
  }

  /** Whether two live decisions of the workspace hold the same number (two branches that both added 0042). */
  hasDuplicateNumbers(workspaceId: string): boolean {
    return this.selectHeldTwice.get(workspaceId) !== undefined;
  }

  saveImportReport(workspaceId: string, folder: string, createdAt: string, report: unknown): void {
    this.insertReport.run(workspaceId, folder, createdAt, JSON.stringify(report));
  }

  lastImportReport(workspaceId: string): { folder: string; createdAt: string; report: unknown } | undefined {
    const row = this.selectLastReport.get(workspaceId);
    return row && { folder: row.folder, createdAt: row.createdAt, report: JSON.parse(row.report) as unknown };
  }
}

/**
 * Written by saveFile from a parsed document, so it is read back without validating again. The
 * document is parsed on first use: a sync that finds nothing changed never needs most of them, and
 * parsing every one was the largest cost of a no-op sync (ADR 0009).
 */
function toDecisionFile(row: DecisionFileReadRow): DecisionFile {
  const { document: json, linkTargets, dialect, ...rest } = row;
  let document: StoredDocument | undefined;
  const file = { ...rest, linkTargets: JSON.parse(linkTargets) as (string | null)[] } as DecisionFile;
  Object.defineProperty(file, 'document', {
    enumerable: true,
    configurable: true,
    get: () => (document ??= JSON.parse(json) as StoredDocument),
    set: (value: StoredDocument) => {
      document = value;
    },
  });
  dialectOfUnparsed.set(file, dialect);
  return file;
}
