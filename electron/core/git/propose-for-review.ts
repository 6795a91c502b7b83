import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/api/api-result';
import type { GitProposal } from '../../../shared/api/git-operations';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { commitMessage } from '../../../shared/git/commit-message';
import { proposalBranch } from '../../../shared/git/proposal-branch';
import { pullRequestLink } from '../../../shared/git/pull-request-link';
import type { CoreContext } from '../core-context';
import { requireLiveDecision } from '../decisions';
import { openConflict, syncedFiles, syncWorkspace } from '../sync';
import { git, gitOrNull, pushRemote, readPorcelain, repositoryPath, type LinkedRepository } from './git-repository';
import { requireRepository } from './workspace-repository';

/** How long a push over the network may take before git is stopped. */
const NETWORK_TIMEOUT_MS = 300_000;

/**
 * "Propose for review": the decision's file committed on a branch of its own, pushed with an upstream,
 * and the page to open the pull request on. The commit is made in a temporary worktree of the same
 * repository, so the person's checked-out branch, index and working tree are never touched: they stay
 * where they were, the decision still in their folder and in Cairn, as they expect after proposing it
 * (ADR 0019). The person's hooks and signing apply to the commit as to any other.
 */
export async function proposeForReview(ctx: CoreContext, decisionId: string): Promise<GitProposal> {
  const record = requireLiveDecision(ctx, decisionId, 'decisionId');
  const name = `ADR ${formatDecisionNumber(record.number)} ${record.content.title}`;
  if (record.content.status?.toLowerCase() !== 'proposed') {
    throw new AppError('invalid_input', `${name} is ${record.content.status ?? 'without a status'}: only a proposed decision is proposed for review.`, 'decisionId');
  }
  const repository = await requireRepository(ctx, record.workspaceId);
  const status = await readPorcelain(repository);
  if (status.operation !== 'none') throw new AppError('conflict', `A ${status.operation} is under way in this repository: finish it first, then propose the decision.`);
  const base = status.branch;
  if (base === null) throw new AppError('invalid_input', 'The repository is not on a branch (a detached HEAD): check out a branch in a terminal first.');
  if (status.commit === null) throw new AppError('invalid_input', `The branch ${base} has no commit yet to start a branch from: commit something first.`);

  // The file is made to say what Cairn holds before it is committed.
  syncWorkspace(ctx, { workspaceId: record.workspaceId });
  if (openConflict(ctx, decisionId)) throw new AppError('conflict', `${name} has a conflict between Cairn and its file: settle it on the Markdown page first.`);
  const file = syncedFiles(ctx, record.workspaceId).find((synced) => synced.decisionId === decisionId)?.path;
  if (file === undefined) throw new AppError('invalid_input', `${name} has no file in the linked folder yet: sync the folder first.`, 'decisionId');
  const inRepository = repositoryPath(repository, file);
  const text = fs.readFileSync(path.join(repository.root, inRepository));
  const committed = await gitOrNull(repository, ['cat-file', 'blob', `HEAD:${inRepository}`]);
  if (committed !== null && Buffer.from(committed, 'utf8').equals(text)) {
    throw new AppError('invalid_input', `${file} is already on ${base} as it is now: there is nothing to propose. Change the decision, or open a pull request from ${base}.`, 'decisionId');
  }

  const branch = proposalBranch(record.number, file, record.content.title);
  if ((await gitOrNull(repository, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])) !== null) {
    throw new AppError('conflict', `A branch ${branch} exists already in this repository: the decision was proposed before. Push it from a terminal, or delete it (git branch -D ${branch}) to propose again.`, 'decisionId');
  }
  const remote = await pushRemote(repository, base);
  if (remote === null) throw new AppError('invalid_input', 'This repository has no remote to push the branch to: add one in a terminal (git remote add origin <address>).');
  const target = status.upstream?.startsWith(`${remote}/`) ? status.upstream.slice(remote.length + 1) : base;

  const message = commitMessage([{ number: record.number, title: record.content.title, status: record.content.status, previousStatus: null, added: committed === null, deleted: false, supersededBy: [] }]);
  const commit = await commitOnBranch(repository, branch, inRepository, text, message);
  try {
    await git(repository, ['push', '--set-upstream', remote, `refs/heads/${branch}:refs/heads/${branch}`], 'push', { timeoutMs: NETWORK_TIMEOUT_MS });
  } catch (error) {
    // Nothing was proposed: the branch goes, so proposing again starts from the same place.
    await gitOrNull(repository, ['branch', '-D', '--', branch]);
    throw error;
  }
  const address = (await gitOrNull(repository, ['remote', 'get-url', '--', remote]))?.trim() ?? '';
  const link = pullRequestLink(address, branch, target);
  return {
    branch,
    upstream: `${remote}/${branch}`,
    base: target,
    commit,
    pullRequestUrl: link.kind === 'link' ? link.url : null,
    host: link.kind === 'link' ? link.host : null,
    noLink: link.kind === 'unknown' ? link.message : null,
  };
}

/**
 * Makes `branch` at HEAD with one more commit: the file as it is in the working tree. Done in a
 * worktree of its own in a temp folder, with nothing checked out there but the index of HEAD, so a
 * large repository is not copied; the worktree is removed whatever happens, the branch kept only
 * when the commit was made.
 */
async function commitOnBranch(repository: LinkedRepository, branch: string, file: string, text: Buffer, message: string): Promise<string> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-proposal-'));
  const tree = path.join(temp, 'tree');
  const worktree: LinkedRepository = { root: tree, gitDir: repository.gitDir, prefix: repository.prefix };
  let made = false;
  try {
    await git(repository, ['worktree', 'add', '--quiet', '--no-checkout', '-b', branch, tree, 'HEAD'], 'commit');
    made = true;
    await git(worktree, ['read-tree', 'HEAD'], 'commit');
    fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    fs.writeFileSync(path.join(tree, file), text);
    await git(worktree, ['add', '--', file], 'commit');
    await git(worktree, ['commit', '-F', '-'], 'commit', { input: message });
    return (await git(worktree, ['rev-parse', 'HEAD'], 'commit')).trim();
  } catch (error) {
    if (made) {
      await gitOrNull(repository, ['worktree', 'remove', '--force', tree]);
      made = false;
      await gitOrNull(repository, ['branch', '-D', '--', branch]);
    }
    throw error;
  } finally {
    if (made) await gitOrNull(repository, ['worktree', 'remove', '--force', tree]);
    fs.rmSync(temp, { recursive: true, force: true });
    await gitOrNull(repository, ['worktree', 'prune']);
  }
}
