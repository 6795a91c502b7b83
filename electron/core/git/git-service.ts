import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import type { GitChangedFile, GitPullResult, GitStatus } from '../../../shared/api/git-operations';
import { commitMessage, type CommittedDecision } from '../../../shared/git/commit-message';
import { SET_IDENTITY } from '../../../shared/git/git-failure';
import type { CoreContext } from '../core-context';
import { readRecordFile } from '../files';
import { openConflict, syncFolderPath, syncWorkspaceWithHistory } from '../sync';
import { requireWorkspaceExists } from '../workspace';
import { changedDecisionFiles } from './changed-decision-files';
import { fileHistory } from './file-history';
import { findRepository, git, gitOrNull, listRemotes, pushRemote, readPorcelain, repositoryPath, type LinkedRepository } from './git-repository';
import { proposeForReview } from './propose-for-review';
import { requireRepository } from './workspace-repository';

type GitServices = Pick<Services, 'gitStatus' | 'gitCommit' | 'gitPull' | 'gitPush' | 'gitProposeForReview' | 'gitFileHistory'>;

/** How long a fetch or push over the network may take before git is stopped. */
const NETWORK_TIMEOUT_MS = 300_000;

export function gitServices(ctx: CoreContext): GitServices {
  return {
    gitStatus: ({ workspaceId }) => gitStatus(ctx, workspaceId),
    gitProposeForReview: ({ decisionId }) => proposeForReview(ctx, decisionId),
    gitFileHistory: ({ decisionId }) => fileHistory(ctx, decisionId),
    gitCommit: async ({ workspaceId, files, message }) => {
      const repository = await requireRepository(ctx, workspaceId);
      const status = await readPorcelain(repository);
      if (status.operation === 'rebase') throw new AppError('conflict', REBASE_UNDER_WAY);
      if ((await gitOrNull(repository, ['var', 'GIT_AUTHOR_IDENT'])) === null) throw new AppError('invalid_input', `git does not know who you are, so it cannot commit. ${SET_IDENTITY}`);
      const changed = changedDecisionFiles(ctx, workspaceId, repository, status.changes);
      const chosen = files ?? changed.map((file) => file.file);
      const unknown = chosen.find((name) => !changed.some((file) => file.file === name));
      if (unknown !== undefined) throw new AppError('invalid_input', `${unknown} is not a changed decision file of the linked folder`, 'files');
      if (chosen.length === 0 && status.operation !== 'merge') throw new AppError('invalid_input', 'There is nothing to commit: no decision file of the linked folder has changed.', 'files');
      const picked = changed.filter((file) => chosen.includes(file.file));
      const paths = picked.flatMap((file) => [file.file, ...(file.from === null ? [] : [file.from])]).map((name) => repositoryPath(repository, name));
      if (status.operation === 'merge') {
        // A merge is finished by one commit of the whole index: git refuses a commit of some files then.
        if (paths.length > 0) await git(repository, ['add', '-A', '--', ...paths], 'commit');
        const left = (await readPorcelain(repository)).changes.filter((change) => change.kind === 'conflicted');
        if (left.length > 0) throw new AppError('conflict', `The merge still has conflicts in ${left.map((change) => change.path).join(', ')}: settle them before committing the merge.`);
        await git(repository, ['commit', '-F', '-'], 'commit', { input: message });
      } else {
        const unstaged = picked.filter((file) => !file.staged).flatMap((file) => [file.file, ...(file.from === null ? [] : [file.from])]).map((name) => repositoryPath(repository, name));
        await git(repository, ['add', '-A', '--', ...paths], 'commit');
        try {
          // With paths, git commits those files only (--only): what else the person staged stays staged.
          await git(repository, ['commit', '-F', '-', '--', ...paths], 'commit', { input: message });
        } catch (error) {
          // A hook or a signing failure refused the commit: the files go back to unstaged, as they were.
          if (unstaged.length > 0) await unstage(repository, status.commit !== null, unstaged);
          throw error;
        }
      }
      const commit = (await git(repository, ['rev-parse', 'HEAD'], 'commit')).trim();
      return { commit, summary: message.split('\n')[0] ?? '', files: picked.map((file) => file.file) };
    },
    gitPull: async ({ workspaceId, mode }) => {
      const repository = await requireRepository(ctx, workspaceId);
      const status = await readPorcelain(repository);
      if (status.operation !== 'none') throw new AppError('conflict', status.operation === 'rebase' ? REBASE_UNDER_WAY : MERGE_UNDER_WAY);
      if (status.branch === null) throw new AppError('invalid_input', DETACHED);
      if (status.upstream === null) throw new AppError('invalid_input', `The branch ${status.branch} has no upstream to pull from: push it with "Set upstream" first, or set one in a terminal (git branch --set-upstream-to=origin/${status.branch}).`);
      const upstream = status.upstream;
      await git(repository, ['fetch'], 'fetch', { timeoutMs: NETWORK_TIMEOUT_MS });
      const behind = Number((await git(repository, ['rev-list', '--count', 'HEAD..@{upstream}'], 'pull')).trim());
      let outcome: GitPullResult['outcome'] = 'up-to-date';
      if (behind > 0 && mode === 'rebase') {
        await rebaseOrAbort(repository);
        outcome = 'rebased';
      } else if (behind > 0) {
        const staged = await stageArrivingCopies(repository, changedDecisionFiles(ctx, workspaceId, repository, status.changes));
        try {
          if (mode === 'fast-forward') {
            await git(repository, ['merge', '--ff-only', '@{upstream}'], 'pull');
            outcome = 'fast-forwarded';
          } else {
            outcome = await mergeUpstream(repository, upstream);
          }
        } catch (error) {
          if (staged.length > 0) await unstage(repository, true, staged);
          throw error;
        }
      }
      // The sync makes a conflict of each decision file the merge left with markers: none is imported.
      // Files that came with the merge and give no date take the day of the commit that added them.
      const sync = await syncWorkspaceWithHistory(ctx, { workspaceId });
      const after = await readPorcelain(repository);
      const conflicted = changedDecisionFiles(ctx, workspaceId, repository, after.changes).filter((file) => file.kind === 'conflicted');
      return { outcome, conflicted: conflicted.map((file) => file.file), sync };
    },
    gitPush: async ({ workspaceId, setUpstream }) => {
      const repository = await requireRepository(ctx, workspaceId);
      const status = await readPorcelain(repository);
      if (status.operation !== 'none') throw new AppError('conflict', status.operation === 'rebase' ? REBASE_UNDER_WAY : MERGE_UNDER_WAY);
      const branch = status.branch;
      if (branch === null) throw new AppError('invalid_input', DETACHED);
      if (status.upstream !== null) {
        await git(repository, ['push'], 'push', { timeoutMs: NETWORK_TIMEOUT_MS });
        return { branch, upstream: status.upstream };
      }
      const remote = await pushRemote(repository, branch);
      if (!setUpstream || remote === null) {
        const how = remote === null ? 'This repository has no remote: add one in a terminal (git remote add origin <address>).' : 'Push it with "Set upstream" to publish it.';
        throw new AppError('invalid_input', `The branch ${branch} has no upstream on a remote yet. ${how}`, 'setUpstream');
      }
      // A full refspec: a branch name can never be read as an option or as another ref.
      await git(repository, ['push', '--set-upstream', remote, `refs/heads/${branch}:refs/heads/${branch}`], 'push', { timeoutMs: NETWORK_TIMEOUT_MS });
      return { branch, upstream: `${remote}/${branch}` };
    },
  };
}

const REBASE_UNDER_WAY = 'A rebase is under way in this repository: finish it (git rebase --continue) or undo it (git rebase --abort) in a terminal, then try again.';
const MERGE_UNDER_WAY = 'A merge is under way in this repository: settle its conflicts and commit it here (or git merge --abort in a terminal), then try again.';
const DETACHED = 'The repository is not on a branch (a detached HEAD): check out a branch in a terminal first.';

async function gitStatus(ctx: CoreContext, workspaceId: string): Promise<GitStatus> {
  requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
  const empty = { repository: null, folder: null, branch: null, upstream: null, ahead: null, behind: null, operation: 'none' as const, files: [], author: null, suggestedMessage: '', remotes: [] };
  const folder = syncFolderPath(ctx, workspaceId);
  if (folder === null) return { ...empty, state: 'no-folder', message: 'This workspace is not linked to a folder: link one (or import one) to see its repository.' };
  const lookup = await findRepository(folder);
  if (lookup.state !== 'ready') return { ...empty, state: lookup.state, message: lookup.message };
  const { repository } = lookup;
  const status = await readPorcelain(repository);
  const files = changedDecisionFiles(ctx, workspaceId, repository, status.changes);
  const author = (await gitOrNull(repository, ['var', 'GIT_AUTHOR_IDENT']))?.replace(/\s+\d+\s+[+-]\d{4}\s*$/, '') ?? null;
  return {
    state: 'ready',
    message: null,
    repository: repository.root,
    folder: repository.prefix,
    branch: status.branch,
    upstream: status.upstream,
    ahead: status.ahead,
    behind: status.behind,
    operation: status.operation,
    files,
    author,
    suggestedMessage: status.operation === 'merge' ? await mergeMessage(ctx, repository, files) : commitMessage(await describeCommitted(ctx, repository, files, status.commit !== null)),
    remotes: await listRemotes(repository),
  };
}

/**
 * Rebases onto the upstream; a rebase that stops (a conflict) is aborted at once, so the branch is as
 * it was before the pull: the person asked for a pull, not for a rebase left half done.
 */
async function rebaseOrAbort(repository: LinkedRepository): Promise<void> {
  try {
    await git(repository, ['rebase', '@{upstream}'], 'pull');
  } catch (error) {
    const stopped = (await readPorcelain(repository)).operation === 'rebase';
    if (!stopped) throw error;
    await git(repository, ['rebase', '--abort'], 'pull');
    const said = error instanceof Error ? error.message : String(error);
    throw new AppError('conflict', `The rebase stopped at a conflict, so Cairn aborted it: the branch is as it was before the pull. Pull with a merge in a terminal (git pull --no-rebase) to settle the conflict, or ask the teammate who changed the same decision. ${said}`);
  }
}

/**
 * Merges the upstream. A merge that meets conflicts is left as git leaves it, since a merge is what
 * the person chose: its conflicts are settled on the Markdown page and the merge committed there.
 * One that cannot start (files in the way) changes nothing and says why.
 */
async function mergeUpstream(repository: LinkedRepository, upstream: string): Promise<'merged' | 'merge-stopped'> {
  try {
    // By its name (origin/main), which git writes on the markers of "theirs"; a ref name never starts with a dash.
    await git(repository, ['merge', '--no-edit', upstream], 'pull');
    return 'merged';
  } catch (error) {
    if ((await readPorcelain(repository)).operation === 'merge') return 'merge-stopped';
    throw error;
  }
}

/**
 * resolveSyncConflict, then `git add` of the file when git holds it unmerged: settling a conflict a
 * merge left in a decision file is what git calls marking it resolved, so the merge can be committed.
 */
export function stagingSettledConflicts(ctx: CoreContext, resolve: Services['resolveSyncConflict']): Services['resolveSyncConflict'] {
  return async (input) => {
    const conflict = openConflict(ctx, input.decisionId);
    const result = await resolve(input);
    const folder = conflict && syncFolderPath(ctx, conflict.workspaceId);
    if (!conflict || !folder) return result;
    const lookup = await findRepository(folder);
    if (lookup.state !== 'ready') return result;
    const file = repositoryPath(lookup.repository, conflict.path);
    const unmerged = await gitOrNull(lookup.repository, ['ls-files', '--unmerged', '--', file]);
    if (unmerged) {
      try {
        await git(lookup.repository, ['add', '--', file], 'commit');
      } catch (error) {
        const said = error instanceof Error ? error.message : String(error);
        throw new AppError('internal', `The conflict is settled and ${conflict.path} written, but git could not stage it (git add): ${said}`);
      }
    }
    return result;
  };
}

/**
 * Stages each changed decision file whose text is already what the upstream brings: a decision
 * proposed for review from this branch, its pull request since merged, is such a copy. git refuses to
 * pull over a file it does not track or one changed and not staged even when it is the same, while a
 * staged copy equal to the incoming one is let through; nothing of the file changes. The paths staged.
 */
async function stageArrivingCopies(repository: LinkedRepository, files: readonly GitChangedFile[]): Promise<string[]> {
  const staged: string[] = [];
  for (const file of files) {
    if (file.staged || (file.kind !== 'untracked' && file.kind !== 'modified')) continue;
    const inRepository = repositoryPath(repository, file.file);
    const incoming = await gitOrNull(repository, ['cat-file', 'blob', `@{upstream}:${inRepository}`]);
    if (incoming === null) continue;
    let text: Buffer;
    try {
      text = fs.readFileSync(path.join(repository.root, inRepository));
    } catch {
      continue;
    }
    if (!Buffer.from(incoming, 'utf8').equals(text)) continue;
    await git(repository, ['add', '--', inRepository], 'pull');
    staged.push(inRepository);
  }
  return staged;
}

/** Puts the files back out of the index, as they were before Cairn staged them. */
async function unstage(repository: LinkedRepository, hasHead: boolean, paths: readonly string[]): Promise<void> {
  if (hasHead) await gitOrNull(repository, ['reset', '-q', '--', ...paths]);
  else await gitOrNull(repository, ['rm', '-q', '-r', '--cached', '--ignore-unmatch', '--', ...paths]);
}

/**
 * The message to finish a merge with: git's own (MERGE_MSG, "Merge branch 'main' of …", its comment
 * lines left out, as git leaves them out), or Cairn's description of the files if git wrote none.
 */
async function mergeMessage(ctx: CoreContext, repository: LinkedRepository, files: readonly GitChangedFile[]): Promise<string> {
  let text = '';
  try {
    text = fs.readFileSync(path.join(repository.gitDir, 'MERGE_MSG'), 'utf8');
  } catch {
    // A merge git was told to commit without a message of its own.
  }
  const message = text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n')
    .trim();
  return message || commitMessage(await describeCommitted(ctx, repository, files, true));
}

/** What the message needs of each changed decision: its status now and in the last commit, and what supersedes it. */
async function describeCommitted(ctx: CoreContext, repository: LinkedRepository, files: readonly GitChangedFile[], hasHead: boolean): Promise<CommittedDecision[]> {
  const described: CommittedDecision[] = [];
  for (const file of files) {
    if (file.decisionId === null || file.number === null) continue;
    const record = ctx.decisions.find(file.decisionId);
    if (!record) continue;
    const before = hasHead && file.kind !== 'untracked' && file.kind !== 'added' ? await gitOrNull(repository, ['cat-file', 'blob', `HEAD:${repositoryPath(repository, file.from ?? file.file)}`]) : null;
    const read = before === null ? null : readRecordFile({ name: file.file, text: before, modified: new Date(0) });
    described.push({
      number: record.number,
      title: record.content.title,
      status: record.content.status,
      previousStatus: read?.ok ? read.document.content.status : null,
      added: before === null && file.kind !== 'deleted',
      deleted: file.kind === 'deleted',
      supersededBy: ctx.links.viewsOf(record.id).flatMap((link) => (link.kind === 'supersedes' && link.direction === 'incoming' ? [link.otherNumber] : [])),
    });
  }
  return described;
}
