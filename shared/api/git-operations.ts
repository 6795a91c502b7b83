import { z } from 'zod';
import { Id } from '../domain/decision';
import { op } from './operation';
import { SyncResult } from './sync-operations';

/** A decision file git reports as changed in the linked folder. */
export const GitChangedFile = z.object({
  /** Relative to the linked folder, as the sync names it. */
  file: z.string(),
  /** The name before a rename, relative to the folder; null otherwise. */
  from: z.string().nullable(),
  kind: z.enum(['modified', 'added', 'deleted', 'renamed', 'untracked', 'conflicted']),
  /** Whether the change is already staged (git add). */
  staged: z.boolean(),
  /** The decision the file is synced with; null for a file Cairn has not synced (yet). */
  decisionId: Id.nullable(),
  number: z.number().int().nullable(),
  title: z.string().nullable(),
});
export type GitChangedFile = z.infer<typeof GitChangedFile>;

/**
 * The repository around the linked folder, read live from git (nothing of it is stored).
 * ready: the folder is in a git working tree; the other states say why there is no repository to show.
 */
export const GitStatus = z.object({
  state: z.enum(['ready', 'no-folder', 'not-installed', 'not-a-repository']),
  /** For the states other than ready: why, in plain words. */
  message: z.string().nullable(),
  /** The working tree's root. */
  repository: z.string().nullable(),
  /** The linked folder, relative to the working tree's root ('' when it is the root). */
  folder: z.string().nullable(),
  /** Null on a detached HEAD. */
  branch: z.string().nullable(),
  /** "origin/main"; null when the branch has none. */
  upstream: z.string().nullable(),
  ahead: z.number().int().nullable(),
  behind: z.number().int().nullable(),
  /** What the working tree is in the middle of; a merge or rebase waits to be finished. */
  operation: z.enum(['none', 'merge', 'rebase']),
  /** Only the decision files of the linked folder, not the rest of the repository. */
  files: z.array(GitChangedFile),
  /** Who git commits as ("Ada Lovelace <ada@example.com>"); null when git has no identity. */
  author: z.string().nullable(),
  /** The commit message Cairn proposes for all the changed files. */
  suggestedMessage: z.string(),
  /** The remotes' names, for pushing a branch that has no upstream yet. */
  remotes: z.array(z.string()),
});
export type GitStatus = z.infer<typeof GitStatus>;

const FileName = z.string().min(1).max(4096);

export const GitCommitResult = z.object({
  commit: z.string(),
  /** The first line of the message, as committed. */
  summary: z.string(),
  files: z.array(z.string()),
});
export type GitCommitResult = z.infer<typeof GitCommitResult>;

export const GitPullResult = z.object({
  /** What git did; merge-stopped: the merge met conflicts and waits for the person (see `conflicted`). */
  outcome: z.enum(['up-to-date', 'fast-forwarded', 'rebased', 'merged', 'merge-stopped']),
  /** The decision files the merge left with conflicts, relative to the folder. */
  conflicted: z.array(z.string()),
  /** The sync of the folder that followed. */
  sync: SyncResult,
});
export type GitPullResult = z.infer<typeof GitPullResult>;

export const GitPushResult = z.object({
  branch: z.string(),
  /** Where it went, "origin/main". */
  upstream: z.string(),
});
export type GitPushResult = z.infer<typeof GitPushResult>;

export const gitOperations = {
  gitStatus: op(
    z.object({ workspaceId: Id }),
    GitStatus,
    'The git repository around the linked folder: branch, upstream, ahead/behind, a merge or rebase under way, and the decision files git reports as changed.',
  ),
  gitCommit: op(
    z.object({
      workspaceId: Id,
      /** Files relative to the linked folder, among those gitStatus lists; all of them when absent. */
      files: z.array(FileName).max(10_000).optional(),
      message: z.string().trim().min(1, 'message must not be empty').max(100_000, 'message is longer than 100,000 characters'),
    }),
    GitCommitResult,
    'Commits the chosen changed decision files of the linked folder (all by default) with the message, as the author git is configured with.',
  ),
  gitPull: op(
    z.object({ workspaceId: Id, mode: z.enum(['fast-forward', 'rebase', 'merge']).default('fast-forward') }),
    GitPullResult,
    "Fetches the branch's upstream, fast-forwards, rebases or merges as chosen (a rebase that stops is aborted; a merge that meets conflicts waits for them to be settled), then syncs the folder.",
  ),
  gitPush: op(
    z.object({ workspaceId: Id, setUpstream: z.boolean().default(false) }),
    GitPushResult,
    'Pushes the branch to its upstream; with setUpstream, a branch that has none is pushed to the remote (origin when there are several) and tracks it.',
  ),
};
