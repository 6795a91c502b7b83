import type { Database, Statement } from 'better-sqlite3';
import type { AdrDocument, DialectId } from '../../../shared/dialects/adr-document';
import { SyncFileStats } from './sync-file-stats';
import { ExportStamps } from './export-stamps';
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

/** A file row found by its name, and whether its decision is in the trash. */
export type NamedFile = Pick<DecisionFile, 'decisionId' | 'path' | 'syncedNumber'> & { trashed: boolean };

export interface SyncConflictRecord {
  decisionId: string;
  workspaceId: string;
  path: string;
  /** Null when the file was deleted on disk. */
  diskText: string | null;
  appText: string;
  detectedAt: string;
}

type NamedFileRow = Omit<NamedFile, 'trashed'> & { trashed: 0 | 1 };

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
  /** What exports left in the folders they wrote (migration 14). */
  readonly exportStamps: ExportStamps;
  readonly pending: SyncPending;
  private readonly selectTracked: Statement<[string], TrackedFile>;
  private readonly selectTrackedAt: Statement<[string, string], TrackedFile>;
  private readonly selectTrackedOf: Statement<[string, string], TrackedFile>;
  private readonly selectSyncedCount: Statement<[string], number>;
  private readonly selectNamedLike: Statement<[string, string], NamedFileRow>;
  private readonly selectNamedAll: Statement<[string], NamedFileRow>;
  private readonly selectNamedFrom: Statement<[string, string, string], NamedFileRow>;
  private readonly selectLiveNumbered: Statement<[string, number], string>;
  private readonly selectLivePath: Statement<[string, string], string>;
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
  private readonly selectHeldTwice: Statement<[string, string], number>;

  constructor(db: Database) {
    this.fileStats = new SyncFileStats(db);
    this.exportStamps = new ExportStamps(db);
    this.pending = new SyncPending(db);
    const trackedColumns = 'decision_id AS decisionId, path, disk_hash AS diskHash, synced_number AS syncedNumber';
    this.selectTracked = db.prepare(`SELECT ${trackedColumns} FROM decision_files WHERE workspace_id = ?`);
    this.selectTrackedAt = db.prepare(`SELECT ${trackedColumns} FROM decision_files WHERE workspace_id = ? AND path IN (SELECT value FROM json_each(?))`);
    this.selectTrackedOf = db.prepare(`SELECT ${trackedColumns} FROM decision_files WHERE workspace_id = ? AND decision_id IN (SELECT value FROM json_each(?))`);
    this.selectSyncedCount = db.prepare<[string], number>('SELECT count(*) FROM decision_files WHERE workspace_id = ? AND disk_hash IS NOT NULL').pluck();
    const inTrash = 'EXISTS (SELECT 1 FROM decisions d WHERE d.id = f.decision_id AND d.workspace_id = f.workspace_id AND d.deleted_at IS NOT NULL)';
    const named = `SELECT decision_id AS decisionId, path, synced_number AS syncedNumber, ${inTrash} AS trashed FROM decision_files f WHERE workspace_id = ?`;
    // LIKE ignores the case of ASCII letters, as toLowerCase does in an ASCII name; of the other
    // characters only the Kelvin sign lowers to an ASCII letter (k), so its names are candidates too.
    this.selectNamedLike = db.prepare(`${named} AND (path LIKE ? ESCAPE '\\' OR instr(path, '\u212A') > 0) ORDER BY decision_id`);
    this.selectNamedAll = db.prepare(`${named} ORDER BY decision_id`);
    this.selectNamedFrom = db.prepare(`${named} AND path >= ? AND path < ? ORDER BY decision_id`);
    this.selectLiveNumbered = db
      .prepare<[string, number], string>(`SELECT decision_id FROM decision_files f WHERE workspace_id = ? AND synced_number = ? AND NOT ${inTrash} ORDER BY decision_id`)
      .pluck();
    this.selectLivePath = db.prepare<[string, string], string>(`SELECT path FROM decision_files f WHERE workspace_id = ? AND decision_id = ? AND NOT ${inTrash}`).pluck();
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
    // Numbers held twice at all are found in the index alone; only their decisions are read to leave the trash out.
    this.selectHeldTwice = db
      .prepare<[string, string], number>(
        `SELECT number FROM decisions WHERE workspace_id = ? AND deleted_at IS NULL
           AND number IN (SELECT number FROM decisions WHERE workspace_id = ? GROUP BY number HAVING count(*) > 1)
         GROUP BY number HAVING count(*) > 1`,
      )
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

  /** The rows at these names only (by the index on the path): what a sync of the files a watcher named needs. */
  trackedAt(workspaceId: string, paths: readonly string[]): TrackedFile[] {
    return paths.length === 0 ? [] : this.selectTrackedAt.all(workspaceId, JSON.stringify(paths));
  }

  /** The rows of these decisions only, those in the workspace. */
  trackedOf(workspaceId: string, decisionIds: readonly string[]): TrackedFile[] {
    return decisionIds.length === 0 ? [] : this.selectTrackedOf.all(workspaceId, JSON.stringify(decisionIds));
  }

  /** How many files the last syncs left in the folder (rows with a synced hash). */
  syncedCount(workspaceId: string): number {
    return this.selectSyncedCount.get(workspaceId) ?? 0;
  }

  /**
   * The rows whose path `matches` accepts, by decision id. Every path it accepts must start with
   * `start` once in lower case (toLowerCase), so the database hands over only those: by the index on
   * the path from the first letter on (digits and dashes have no case; no other character lowers to
   * one), else by a look at every row's name.
   */
  filesNamed(workspaceId: string, start: string, matches: (path: string) => boolean): NamedFile[] {
    const caseless = /^[^A-Za-z\u0080-\uffff]*/.exec(start)?.[0] ?? '';
    const rows =
      caseless !== ''
        ? this.selectNamedFrom.all(workspaceId, caseless, caseless.slice(0, -1) + String.fromCharCode(caseless.charCodeAt(caseless.length - 1) + 1))
        : isAscii(start)
          ? this.selectNamedLike.all(workspaceId, `${start.replace(/[\\%_]/g, '\\$&')}%`)
          : this.selectNamedAll.all(workspaceId);
    return rows.filter((row) => matches(row.path)).map((row) => ({ ...row, trashed: row.trashed === 1 }));
  }

  /** The decisions not in the trash whose file was last synced with this number, by id. */
  liveFilesNumbered(workspaceId: string, number: number): string[] {
    return this.selectLiveNumbered.all(workspaceId, number);
  }

  /** Where the file of a decision of the workspace not in the trash is; undefined when it has none (or is in the trash). */
  livePath(workspaceId: string, decisionId: string): string | undefined {
    return this.selectLivePath.get(workspaceId, decisionId);
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
    return this.selectHeldTwice.get(workspaceId, workspaceId) !== undefined;
  }

  saveImportReport(workspaceId: string, folder: string, createdAt: string, report: unknown): void {
    this.insertReport.run(workspaceId, folder, createdAt, JSON.stringify(report));
  }

  lastImportReport(workspaceId: string): { folder: string; createdAt: string; report: unknown } | undefined {
    const row = this.selectLastReport.get(workspaceId);
    return row && { folder: row.folder, createdAt: row.createdAt, report: JSON.parse(row.report) as unknown };
  }
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
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
