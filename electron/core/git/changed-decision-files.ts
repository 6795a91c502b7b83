import type { GitChangedFile } from '../../../shared/api/git-operations';
import type { ChangedPath } from '../../../shared/git/porcelain-status';
import type { CoreContext } from '../core-context';
import { isNotARecord } from '../files';
import { syncedFiles } from '../sync';
import type { LinkedRepository } from './git-repository';

/**
 * The changes git reports that are decision files of the linked folder: Markdown files directly in it
 * (as the sync reads them, the index and templates left out), named relative to the folder, each with
 * the decision the sync knows it as. The rest of the repository is not Cairn's to commit.
 */
export function changedDecisionFiles(ctx: CoreContext, workspaceId: string, repository: LinkedRepository, changes: readonly ChangedPath[]): GitChangedFile[] {
  const decisionOf = new Map(syncedFiles(ctx, workspaceId).map((file) => [file.path, file.decisionId]));
  const inFolder = (repoPath: string | null): string | null => {
    if (repoPath === null) return null;
    const name = repository.prefix === '' ? repoPath : repoPath.startsWith(`${repository.prefix}/`) ? repoPath.slice(repository.prefix.length + 1) : null;
    return name !== null && !name.includes('/') && /\.md$/i.test(name) && !isNotARecord(name) ? name : null;
  };
  return changes.flatMap((change): GitChangedFile[] => {
    const file = inFolder(change.path);
    if (file === null) return [];
    const decisionId = decisionOf.get(file) ?? (change.from === null ? undefined : decisionOf.get(inFolder(change.from) ?? '')) ?? null;
    const record = decisionId === null ? undefined : ctx.decisions.find(decisionId);
    return [
      {
        file,
        from: inFolder(change.from),
        kind: change.kind,
        staged: change.staged,
        decisionId: record ? record.id : null,
        number: record ? record.number : null,
        title: record ? record.content.title : null,
      },
    ];
  });
}
