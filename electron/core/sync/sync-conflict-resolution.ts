import { AppError } from '../../../shared/api/api-result';
import type { SyncResult } from '../../../shared/api/sync-operations';
import { hasConflictMarkers } from '../../../shared/git/conflict-markers';
import { contentHash } from './content-hash';
import type { CoreContext } from '../core-context';
import { readMarkdownFile, readRecordFile, reasonOf, writeFileIfChanged } from '../files';
import { settleAppHashes } from './import/record-import';
import { pullRecord } from './record-pull';
import { emptySyncResult, fileInStep } from './sync-apply';
import { requireSyncFolder } from './sync-workspace';
import { workspaceFiles } from './workspace-files';

export interface ConflictChoice {
  decisionId: string;
  keep: 'disk' | 'app' | 'merged';
  text?: string | undefined;
}

/**
 * Settles a conflict: the app's version is written to the file, the file's version becomes a new
 * revision in the app (its deletion moves the decision to the trash), or a hand-merged text goes to both.
 */
export function resolveConflict(ctx: CoreContext, choice: ConflictChoice): SyncResult {
  const conflict = ctx.sync.conflict(choice.decisionId);
  if (!conflict) throw new AppError('not_found', `There is no sync conflict for decision ${choice.decisionId}`, 'decisionId');
  const folder = requireSyncFolder(ctx, conflict.workspaceId);
  const record = ctx.decisions.find(conflict.decisionId);
  if (!record) throw new AppError('not_found', `Decision ${choice.decisionId} not found`, 'decisionId');
  if (choice.keep === 'merged' && choice.text === undefined) throw new AppError('invalid_input', 'A hand merge needs the merged text', 'text');
  const result = emptySyncResult();

  return ctx.write(() => {
    const files = workspaceFiles(ctx, conflict.workspaceId, folder.dialect);
    const write = (name: string, text: string) => {
      try {
        writeFileIfChanged(folder.path, name, text);
      } catch (error) {
        throw new AppError('internal', reasonOf(error), 'decisionId');
      }
    };
    if (choice.keep === 'app') {
      const rendered = files.render(record);
      write(rendered.path, rendered.text);
      const file = ctx.sync.file(record.id);
      ctx.sync.saveFile(fileInStep(record, rendered, contentHash(rendered.text), files.renderKey(record), file?.syncedAt ?? ctx.now().toISOString()));
      result.pushed.push(rendered.path);
    } else if (choice.keep === 'disk' && conflict.diskText === null) {
      if (record.deletedAt === null) ctx.decisions.moveToTrash(record, ctx.now().toISOString());
      ctx.sync.forgetFile(record.id);
      result.deleted.push(conflict.path);
    } else {
      const text = choice.keep === 'merged' ? (choice.text as string) : currentDiskText(folder.path, conflict.path, conflict.diskText as string);
      if (hasConflictMarkers(text)) {
        const field = choice.keep === 'merged' ? 'text' : 'keep';
        throw new AppError('invalid_input', `${conflict.path} still holds git's conflict markers (<<<<<<< … >>>>>>>): keep one side, or merge by hand and take the markers out`, field);
      }
      const read = readRecordFile({ name: conflict.path, text, modified: ctx.now() });
      if (!read.ok) throw new AppError('invalid_input', read.reason, choice.keep === 'merged' ? 'text' : 'decisionId');
      if (choice.keep === 'merged') write(conflict.path, text);
      for (const note of pullRecord(ctx, files, record, read)) result.problems.push({ file: conflict.path, message: note.message });
      settleAppHashes(ctx, workspaceFiles(ctx, conflict.workspaceId, folder.dialect), [record.id]);
      result.pulled.push(conflict.path);
    }
    ctx.sync.clearConflict(record.id);
    return result;
  });
}

/** The file as it is now (it may have changed again since the conflict was found), else as it was then. */
function currentDiskText(folder: string, name: string, then: string): string {
  const file = readMarkdownFile(folder, name);
  return 'text' in file ? file.text : then;
}
