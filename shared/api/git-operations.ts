import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { Id } from '../domain/decision';
import { DiffLine } from './diff-line';
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

/** How a pull joins the upstream's commits: only a fast-forward, a rebase of the local ones onto them, or a merge. */
export const GitPullMode = z.enum(['fast-forward', 'rebase', 'merge']);
export type GitPullMode = z.infer<typeof GitPullMode>;

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

export const GitProposal = z.object({
  /** The branch made for the decision, "adr/0042-use-postgresql", pushed and tracking its remote branch. */
  branch: z.string(),
  /** Where it was pushed, "origin/adr/0042-use-postgresql". */
  upstream: z.string(),
  /** The branch the proposal was made from, which stays checked out: the pull request's target. */
  base: z.string(),
  commit: z.string(),
  /** The page to open the pull request on; null when the remote's host is not one Cairn knows. */
  pullRequestUrl: z.string().nullable(),
  /** The service of that page (GitHub, GitLab, Bitbucket, Azure DevOps); null with no link. */
  host: z.string().nullable(),
  /** Why there is no link, in plain words; null with one. */
  noLink: z.string().nullable(),
});
export type GitProposal = z.infer<typeof GitProposal>;

/** One part of a file's diff in a commit: its `@@` header and its lines, numbered in the old and the new file. */
export const GitDiffHunk = z.object({ header: z.string(), lines: z.array(DiffLine) });
export type GitDiffHunk = z.infer<typeof GitDiffHunk>;

/** A commit that touched a decision's file, with the diff of that file in it. */
export const GitFileCommit = z.object({
  commit: z.string(),
  author: z.string(),
  email: z.string(),
  /** The author date as git records it (ISO 8601 with the author's offset). */
  date: z.string(),
  subject: z.string(),
  /** The message after its first line; '' when there is none. */
  body: z.string(),
  /** The file's name in the repository in this commit. */
  path: z.string(),
  /** The name it had before, when this commit renamed it; null otherwise. */
  renamedFrom: z.string().nullable(),
  binary: z.boolean(),
  /** Empty for a commit that changed no line of it (a rename alone, a merge). */
  hunks: z.array(GitDiffHunk),
});
export type GitFileCommit = z.infer<typeof GitFileCommit>;

/** The commits git has of a decision's file, following renames, newest first. */
export const GitFileHistory = z.object({
  /** ready: see `commits`; the others say why there is no history to show, in `message`. */
  state: z.enum(['ready', 'no-folder', 'not-installed', 'not-a-repository', 'no-file']),
  message: z.string().nullable(),
  /** The file's name in the repository now; null when the decision has no file. */
  file: z.string().nullable(),
  commits: z.array(GitFileCommit),
  /** More commits touched the file than are listed. */
  truncated: z.boolean(),
  /** The commit that added the file (under any former name): the date git gives it, a fallback for a record with none. */
  added: z.object({ commit: z.string(), date: CalendarDate }).nullable(),
});
export type GitFileHistory = z.infer<typeof GitFileHistory>;

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
    z.object({ workspaceId: Id, mode: GitPullMode.default('fast-forward') }),
    GitPullResult,
    "Fetches the branch's upstream, fast-forwards, rebases or merges as chosen (a rebase that stops is aborted; a merge that meets conflicts waits for them to be settled), then syncs the folder.",
  ),
  gitPush: op(
    z.object({ workspaceId: Id, setUpstream: z.boolean().default(false) }),
    GitPushResult,
    'Pushes the branch to its upstream; with setUpstream, a branch that has none is pushed to the remote (origin when there are several) and tracks it.',
  ),
  gitProposeForReview: op(
    z.object({ decisionId: Id }),
    GitProposal,
    "Proposes a decision for review: commits its file on a new branch named after it (the checked-out branch and the working tree stay as they are), pushes the branch with an upstream, and gives the page to open a pull request on for GitHub, GitLab, Bitbucket and Azure DevOps remotes.",
  ),
  gitFileHistory: op(
    z.object({ decisionId: Id }),
    GitFileHistory,
    "The commits that touched a decision's file, following renames, newest first: author, date, message and the file's diff in each; and the date of the commit that added it.",
  ),
};
