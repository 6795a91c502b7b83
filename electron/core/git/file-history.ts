import type { GitFileHistory } from '../../../shared/api/git-operations';
import { FIELD, FILE_LOG_FORMAT, parseFileLog } from '../../../shared/git/file-log';
import type { CoreContext } from '../core-context';
import { requireLiveDecision } from '../decisions';
import { syncedFiles, syncFolderPath } from '../sync';
import { findRepository, git, gitOrNull, repositoryPath } from './git-repository';

/** The most commits listed; a decision's file has far fewer, and each comes with its diff. */
const MAX_COMMITS = 200;

/**
 * What git knows of a decision's file: the commits that touched it, following renames, each with its
 * diff of that file, and the commit that added it. Import and sync give a dateless record that
 * commit's day themselves (source 'git', folder-added-dates.ts); a record whose date is still unknown
 * (its file was committed after Cairn read it) is offered the date here, stored only if the person takes it.
 */
export async function fileHistory(ctx: CoreContext, decisionId: string): Promise<GitFileHistory> {
  const record = requireLiveDecision(ctx, decisionId, 'decisionId');
  const none = { file: null, commits: [], truncated: false, added: null };
  const folder = syncFolderPath(ctx, record.workspaceId);
  if (folder === null) return { ...none, state: 'no-folder', message: 'This workspace is not linked to a folder, so git has no history of this decision’s file.' };
  const lookup = await findRepository(folder);
  if (lookup.state !== 'ready') return { ...none, state: lookup.state, message: lookup.message };
  const { repository } = lookup;
  const synced = syncedFiles(ctx, record.workspaceId).find((file) => file.decisionId === decisionId);
  if (synced === undefined) return { ...none, state: 'no-file', message: 'This decision has no file in the linked folder yet: sync the folder to write it, then commit it.' };
  const file = repositoryPath(repository, synced.path);
  if ((await gitOrNull(repository, ['rev-parse', '--verify', '--quiet', 'HEAD'])) === null) return { ...none, state: 'ready', message: null, file };

  // The person's diff tools and filters stay out of it (no external diff, no textconv), and the paths are as git stores them.
  const log = await git(
    repository,
    ['-c', 'core.quotePath=false', 'log', '--follow', `--max-count=${MAX_COMMITS + 1}`, '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', '-p', `--format=${FILE_LOG_FORMAT}`, '--', file],
    'log',
  );
  const commits = parseFileLog(log, file);
  const adding = await git(repository, ['log', '--follow', '--diff-filter=A', `--format=%H${FIELD}%aI`, '--', file], 'log');
  const [commit, date] = adding.trim().split('\n').at(-1)?.split(FIELD) ?? [];
  const day = date?.slice(0, 10);
  return {
    state: 'ready',
    message: null,
    file,
    commits: commits.slice(0, MAX_COMMITS),
    truncated: commits.length > MAX_COMMITS,
    added: commit && day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? { commit, date: day } : null,
  };
}
