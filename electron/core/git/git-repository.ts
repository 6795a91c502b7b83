import fs from 'node:fs';
import path from 'node:path';
import { AppError, type ErrorCode } from '../../../shared/api/api-result';
import { describeGitFailure, type GitAction, type GitFailureKind } from '../../../shared/git/git-failure';
import { parsePorcelainStatus, type PorcelainStatus } from '../../../shared/git/porcelain-status';
import { repositoryOperation, type RepositoryOperation } from '../../../shared/git/repository-operation';
import { GIT_NOT_INSTALLED, runGit, type GitRunOptions } from './git-runner';

/** The working tree a linked folder is in. */
export interface LinkedRepository {
  /** The working tree's root. */
  root: string;
  /** The git directory (`.git`, or where a worktree's `.git` file points). */
  gitDir: string;
  /** The folder relative to the root, with forward slashes and no trailing one; '' at the root. */
  prefix: string;
}

export type RepositoryLookup = { state: 'ready'; repository: LinkedRepository } | { state: 'not-installed' | 'not-a-repository'; message: string };

/** Where the folder's repository is, or why there is none: git missing, or the folder outside any working tree. */
export async function findRepository(folder: string): Promise<RepositoryLookup> {
  if (!fs.existsSync(folder)) return { state: 'not-a-repository', message: `The linked folder ${folder} does not exist (moved or on a drive that is not connected?).` };
  const run = await runGit(folder, ['rev-parse', '--show-toplevel', '--absolute-git-dir', '--show-prefix']);
  if (!run.ok && run.missing) return { state: 'not-installed', message: GIT_NOT_INSTALLED };
  if (!run.ok) return { state: 'not-a-repository', message: `The linked folder ${folder} is not in a git working tree: git init it, or link a folder of a clone.` };
  const [root = folder, gitDir = path.join(folder, '.git'), prefix = ''] = run.stdout.split('\n');
  return { state: 'ready', repository: { root, gitDir, prefix: prefix.replace(/\/$/, '') } };
}

/** A file of the folder by its name in the repository (git's paths are relative to the root). */
export function repositoryPath(repository: LinkedRepository, file: string): string {
  return repository.prefix === '' ? file : `${repository.prefix}/${file}`;
}

/** The status of the folder's part of the working tree, and what git is in the middle of. */
export async function readPorcelain(repository: LinkedRepository): Promise<PorcelainStatus & { operation: RepositoryOperation }> {
  const pathspec = repository.prefix === '' ? [] : ['--', repository.prefix];
  const out = await git(repository, ['status', '--porcelain=v2', '--branch', '-z', '--untracked-files=all', ...pathspec], 'status');
  const marker = (name: string) => fs.existsSync(path.join(repository.gitDir, name));
  return {
    ...parsePorcelainStatus(out),
    operation: repositoryOperation({ mergeHead: marker('MERGE_HEAD'), rebaseMerge: marker('rebase-merge'), rebaseApply: marker('rebase-apply') }),
  };
}

/** The output of a git command that must work; its failure becomes an AppError in plain words. */
export async function git(repository: LinkedRepository, args: readonly string[], action: GitAction | 'status' | 'log', options: GitRunOptions = {}): Promise<string> {
  const run = await runGit(repository.root, args, options);
  if (run.ok) return run.stdout;
  if (run.missing) throw new AppError('invalid_input', GIT_NOT_INSTALLED);
  if (run.timedOut) throw new AppError('internal', `git did not finish the ${action} in time and was stopped; nothing more was done. Try the same in a terminal to see what it waits for.`);
  if (action === 'status' || action === 'log') throw new AppError('internal', `git could not read the ${action === 'log' ? 'history' : 'status'} of ${repository.root}: ${(run.stderr || run.stdout).trim()}`);
  const failure = describeGitFailure(action, `${run.stderr}\n${run.stdout}`);
  throw new AppError(FAILURE_CODES[failure.kind], failure.message);
}

/** The output of a git command whose failure is an answer (no HEAD yet, no identity), or null. */
export async function gitOrNull(repository: LinkedRepository, args: readonly string[]): Promise<string | null> {
  const run = await runGit(repository.root, args);
  return run.ok ? run.stdout : null;
}

// What the person must change before trying again is invalid input; a state of the repository or the remote that refuses it is a conflict.
const FAILURE_CODES: Record<GitFailureKind, ErrorCode> = {
  'no-upstream': 'invalid_input',
  'no-identity': 'invalid_input',
  'nothing-to-commit': 'invalid_input',
  'no-remote': 'invalid_input',
  rejected: 'conflict',
  diverged: 'conflict',
  'local-changes': 'conflict',
  hook: 'conflict',
  authentication: 'conflict',
  network: 'internal',
  other: 'internal',
};

/** The names of the repository's remotes. */
export async function listRemotes(repository: LinkedRepository): Promise<string[]> {
  return (await git(repository, ['remote'], 'status')).split('\n').filter((name) => name.length > 0);
}

/** Where a new branch started from `branch` is pushed: the remote that branch tracks, else origin, else the first; null with none. */
export async function pushRemote(repository: LinkedRepository, branch: string): Promise<string | null> {
  const remotes = await listRemotes(repository);
  const tracked = (await gitOrNull(repository, ['config', '--get', `branch.${branch}.remote`]))?.trim();
  if (tracked !== undefined && remotes.includes(tracked)) return tracked;
  return remotes.includes('origin') ? 'origin' : (remotes[0] ?? null);
}
