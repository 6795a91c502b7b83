import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/api-result';
import type { ExportResult } from '../../../shared/api/sync-operations';
import type { DialectId } from '../../../shared/dialects/adr-document';
import type { CoreContext } from '../core-context';
import { INDEX_MARKER, indexEntries, renderDecisionIndex } from './decision-index';
import { INDEX_FILE, reasonOf, removeLeftoverTempFiles, writeFileIfChanged } from '../files';
import { requireWorkspaceExists } from '../workspace';
import { bytesWithHash } from './bytes-with-hash';
import { contentHash } from './content-hash';
import { exportStatSettled, type ExportStamp } from './export-stamps';
import { workspaceFiles } from './workspace-files';

export interface ExportFolderInput {
  workspaceId: string;
  folder: string;
  dialect: DialectId | null;
}

/**
 * Writes every live decision of the workspace into the folder, each in its own dialect unless one is
 * chosen, plus the index. Output depends only on the data, so a second export writes nothing.
 * The linked sync folder is refused: writing there without comparing would overwrite edits made on disk.
 */
export function exportFolder(ctx: CoreContext, input: ExportFolderInput): ExportResult {
  requireWorkspaceExists(ctx, input.workspaceId, 'workspaceId');
  const folder = path.resolve(input.folder);
  const linked = ctx.sync.folder(input.workspaceId);
  if (linked && path.resolve(linked.path) === folder) {
    throw new AppError('conflict', `${folder} is this workspace's sync folder; sync it instead, so edits made there are not overwritten.`, 'folder');
  }
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new AppError('invalid_input', `Cannot create the folder ${folder}: ${reasonOf(error)}`, 'folder');
  }

  removeLeftoverTempFiles(folder);
  // Read before the data: a change made while this export runs leaves its stamps behind the count.
  const generation = ctx.sync.exportStamps.generation(input.workspaceId);
  const again = unchangedExport(ctx, input, folder, generation);
  if (again) return again;
  // An export changes no link while it renders, so every decision's links are read at once.
  let links: ReturnType<CoreContext['links']['viewsInWorkspace']> | null = null;
  const linksOf = (id: string) => (links ??= ctx.links.viewsInWorkspace(input.workspaceId)).get(id) ?? [];
  const files = workspaceFiles(ctx, input.workspaceId, input.dialect, ctx.sync.files(input.workspaceId), [], linksOf);
  const written: string[] = [];
  let unchanged = 0;
  const hashes = new Map<string, string>();
  const write = (name: string, text: string, hash = contentHash(text)) => {
    try {
      hashes.set(name, hash);
      if (writeFileIfChanged(folder, name, text, { durable: false })) written.push(name);
      else unchanged++;
    } catch (error) {
      // A folder that refused the write (read-only, full, not allowed, a link in the way) is the person's
      // to fix, not Cairn's failure; an error without a code is a fault of Cairn's own.
      const cause = error instanceof Error ? error.cause : undefined;
      const refusedByFolder = typeof cause === 'object' && cause !== null && 'code' in cause;
      throw new AppError(
        refusedByFolder ? 'invalid_input' : 'internal',
        `Export to ${folder} stopped: ${reasonOf(error)}. Files written so far are complete; run the export again once the problem is fixed.`,
        'folder',
      );
    }
  };
  for (const record of files.live) {
    // A record whose rendering is known by its hash (ADR 0013's render key) need not be rendered when
    // the export folder holds those bytes already, nor when the sync folder does: they are copied.
    const known = files.knownHash(record);
    const name = files.paths.get(record.id);
    if (known !== null && name !== undefined) {
      if (bytesWithHash(folder, name, known) !== null) {
        hashes.set(name, known);
        unchanged++;
        continue;
      }
      const file = files.fileOf(record.id);
      const synced = linked && file ? bytesWithHash(linked.path, file.path, known) : null;
      if (synced !== null) {
        write(name, synced.toString('utf8'), known);
        continue;
      }
    }
    const rendered = files.render(record);
    write(rendered.path, rendered.text);
  }
  const notes: string[] = [];
  let index: string | null = INDEX_FILE;
  if (isHandWritten(path.join(folder, INDEX_FILE))) {
    index = null;
    notes.push(`${INDEX_FILE} was written by hand, so the index was not written over it`);
  } else {
    write(INDEX_FILE, renderDecisionIndex(indexEntries(files.live, (id) => files.paths.get(id))));
  }
  stampExport(ctx, input, folder, generation, hashes, index === null);
  return { folder, written, unchanged, index, notes };
}

/**
 * The export again when nothing it is made from changed since the last complete export into this
 * folder (same workspace generation, same dialect) and every file it left there still has the size,
 * times and kind it had: a stat per file, no decision loaded. Null sends the caller to the full export,
 * which compares every file as always, so the folder ends up byte for byte the same either way.
 *
 * What a stat cannot see: a write that keeps the size and lands within the same clock tick as Cairn's
 * own, so both times are unchanged. Setting the modification time back by hand (touch -d) is seen, as
 * the change time cannot be set back. A stamp taken within the racy window of its write is not trusted:
 * that file is read and hashed instead (git's answer to "racily clean" files).
 */
function unchangedExport(ctx: CoreContext, input: ExportFolderInput, folder: string, generation: number): ExportResult | null {
  const last = ctx.sync.exportStamps.of(input.workspaceId, folder);
  if (!last || last.generation !== generation || last.dialect !== (input.dialect ?? null)) return null;
  const notes: string[] = [];
  if (last.indexByHand) {
    if (!isHandWritten(path.join(folder, INDEX_FILE))) return null;
    notes.push(`${INDEX_FILE} was written by hand, so the index was not written over it`);
  }
  let settledSince = false;
  for (const stamp of last.files) {
    const stat = stillAsStamped(folder, stamp);
    if (!stat) return null;
    if (!stamp.settled && exportStatSettled(stat, Date.now())) {
      // Read once more and old enough now: its stat is trusted from the next export on.
      stamp.settled = true;
      settledSince = true;
    }
  }
  if (settledSince) ctx.write(() => ctx.sync.exportStamps.save(input.workspaceId, folder, last));
  return { folder, written: [], unchanged: last.files.length, index: last.indexByHand ? null : INDEX_FILE, notes };
}

/** The file's stat when it still is as stamped (read and hashed when its stamp was racy); null otherwise. */
function stillAsStamped(folder: string, stamp: ExportStamp): fs.Stats | null {
  let stat: fs.Stats | undefined;
  try {
    // lstat: a file replaced by a link is not the file written (writes refuse links, so the full export does).
    stat = fs.lstatSync(path.join(folder, stamp.name), { throwIfNoEntry: false });
  } catch {
    return null;
  }
  if (!stat?.isFile() || stat.size !== stamp.size || stat.mtimeMs !== stamp.mtimeMs || stat.ctimeMs !== stamp.ctimeMs) return null;
  return stamp.settled || bytesWithHash(folder, stamp.name, stamp.contentHash) !== null ? stat : null;
}

/**
 * Stamps every file the export wrote or found equal, all stats taken after the last write: only the
 * files written in the last moments are then within the racy window (read next time, not trusted).
 */
function stampExport(ctx: CoreContext, input: ExportFolderInput, folder: string, generation: number, hashes: Map<string, string>, indexByHand: boolean): void {
  const files: ExportStamp[] = [];
  for (const [name, hash] of hashes) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.lstatSync(path.join(folder, name), { throwIfNoEntry: false });
    } catch {
      return;
    }
    // A file gone or replaced meanwhile leaves the folder unstamped: the next export compares everything.
    if (!stat?.isFile()) return;
    files.push({ name, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, contentHash: hash, settled: exportStatSettled(stat, Date.now()) });
  }
  ctx.write(() => ctx.sync.exportStamps.save(input.workspaceId, folder, { dialect: input.dialect ?? null, generation, indexByHand, files }));
}

function isHandWritten(file: string): boolean {
  try {
    return !fs.readFileSync(file, 'utf8').includes(INDEX_MARKER);
  } catch {
    return false;
  }
}
