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
  // An export changes no link while it renders, so every decision's links are read at once.
  let links: ReturnType<CoreContext['links']['viewsInWorkspace']> | null = null;
  const linksOf = (id: string) => (links ??= ctx.links.viewsInWorkspace(input.workspaceId)).get(id) ?? [];
  const files = workspaceFiles(ctx, input.workspaceId, input.dialect, ctx.sync.files(input.workspaceId), [], linksOf);
  const written: string[] = [];
  let unchanged = 0;
  const write = (name: string, text: string) => {
    try {
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
        unchanged++;
        continue;
      }
      const file = files.fileOf(record.id);
      const synced = linked && file ? bytesWithHash(linked.path, file.path, known) : null;
      if (synced !== null) {
        write(name, synced.toString('utf8'));
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
  return { folder, written, unchanged, index, notes };
}

function isHandWritten(file: string): boolean {
  try {
    return !fs.readFileSync(file, 'utf8').includes(INDEX_MARKER);
  } catch {
    return false;
  }
}
