import type { Database, Statement } from 'better-sqlite3';
import fs from 'node:fs';
import { isSettled } from './sync-file-stats';

/** One exported file as the export left it: its stat just after, and the hash of its bytes. */
export interface ExportStamp {
  name: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  contentHash: string;
  /** False when the stat was taken so soon after the write that a later write could share its times. */
  settled: boolean;
}

/** What the last complete export into a folder left there, and what it was made from (migration 14). */
export interface ExportedFolder {
  dialect: string | null;
  generation: number;
  indexByHand: boolean;
  files: ExportStamp[];
}

/**
 * Timestamps finer than a second (every file system Cairn meets but FAT and HFS+) move on within a few
 * milliseconds (a clock tick: 1 to 16 ms); 100 ms is several ticks. A whole-second time may come from a
 * coarse file system, so it takes sync's 2 s window: at worst a file is read once more.
 */
const FINE_RACY_WINDOW_MS = 100;

/** Whether a stat taken at `takenAt`, just after Cairn wrote the file, is safe to trust next time. */
export function exportStatSettled(stat: fs.Stats, takenAt: number): boolean {
  return stat.mtimeMs % 1000 === 0 ? isSettled(stat, takenAt) : isSettled(stat, takenAt, FINE_RACY_WINDOW_MS);
}

/** The stamps of exported folders, keyed by workspace and absolute folder path. */
export class ExportStamps {
  private readonly selectGeneration: Statement<[string], number>;
  private readonly selectFolder: Statement<[string, string], { dialect: string | null; generation: number; indexByHand: number }>;
  private readonly selectFiles: Statement<[string, string], [string, number, number, number, string, number]>;
  private readonly deleteFolder: Statement<[string, string]>;
  private readonly insertFolder: Statement<[string, string, string | null, number, number]>;
  private readonly insertFile: Statement<[string, string, string, number, number, number, string, number]>;

  constructor(db: Database) {
    this.selectGeneration = db.prepare<[string], number>('SELECT generation FROM export_generations WHERE workspace_id = ?').pluck();
    this.selectFolder = db.prepare(
      'SELECT dialect, generation, index_by_hand AS indexByHand FROM export_folders WHERE workspace_id = ? AND folder = ?',
    );
    // Rows as arrays: 10,000 of them are read by every export again.
    this.selectFiles = db
      .prepare<[string, string], [string, number, number, number, string, number]>(
        'SELECT name, size, mtime_ms, ctime_ms, content_hash, settled FROM export_files WHERE workspace_id = ? AND folder = ?',
      )
      .raw();
    this.deleteFolder = db.prepare('DELETE FROM export_folders WHERE workspace_id = ? AND folder = ?');
    this.insertFolder = db.prepare('INSERT INTO export_folders (workspace_id, folder, dialect, generation, index_by_hand) VALUES (?, ?, ?, ?, ?)');
    this.insertFile = db.prepare(
      'INSERT INTO export_files (workspace_id, folder, name, size, mtime_ms, ctime_ms, content_hash, settled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
  }

  /** How many changes the workspace has seen to what its files are rendered from (0: none since migration 14). */
  generation(workspaceId: string): number {
    return this.selectGeneration.get(workspaceId) ?? 0;
  }

  /** The last complete export into `folder`, or null when none was stamped. */
  of(workspaceId: string, folder: string): ExportedFolder | null {
    const row = this.selectFolder.get(workspaceId, folder);
    if (!row) return null;
    const files = this.selectFiles.all(workspaceId, folder).map(([name, size, mtimeMs, ctimeMs, contentHash, settled]) => ({
      name,
      size,
      mtimeMs,
      ctimeMs,
      contentHash,
      settled: settled === 1,
    }));
    return { dialect: row.dialect, generation: row.generation, indexByHand: row.indexByHand === 1, files };
  }

  /** Replaces the folder's stamps (its files' rows go with its row). Call inside a write. */
  save(workspaceId: string, folder: string, exported: ExportedFolder): void {
    this.deleteFolder.run(workspaceId, folder);
    this.insertFolder.run(workspaceId, folder, exported.dialect, exported.generation, exported.indexByHand ? 1 : 0);
    for (const f of exported.files) this.insertFile.run(workspaceId, folder, f.name, f.size, f.mtimeMs, f.ctimeMs, f.contentHash, f.settled ? 1 : 0);
  }

  forget(workspaceId: string, folder: string): void {
    this.deleteFolder.run(workspaceId, folder);
  }
}
