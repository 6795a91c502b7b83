import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { splitConflict } from '../../../shared/git/conflict-markers';
import { call, callError } from '../testing/call';
import { gitIn, isolateGitConfig, makeTeamRepositories, type TeamRepositories } from '../testing/git-repositories';
import { createWorkspace, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';
import { GIT_NOT_INSTALLED, runGit } from './git-runner';

// Real repositories: a bare one in a temp folder as the shared remote, one clone per teammate, each
// teammate with a Cairn of their own linked to the decisions folder of their clone.
let restoreGit: () => void;
beforeAll(() => {
  restoreGit = isolateGitConfig();
});
afterAll(() => restoreGit());

interface Teammate {
  core: TempCore;
  workspaceId: string;
  clone: string;
  folder: string;
}

let team: TeamRepositories;
let ada: Teammate;
let bob: Teammate;
beforeEach(async () => {
  team = makeTeamRepositories(['Ada', 'Bob']);
  ada = await teammate(team.clones.Ada as string);
  bob = await teammate(team.clones.Bob as string);
});
afterEach(() => {
  ada.core.dispose();
  bob.core.dispose();
  team.dispose();
});

async function teammate(clone: string): Promise<Teammate> {
  const core = await openTempCore();
  const workspace = await createWorkspace(core);
  const folder = path.join(clone, 'docs', 'decisions');
  await call(core, 'linkSyncFolder', { workspaceId: workspace.id, path: folder, dialect: 'madr4' });
  return { core, workspaceId: workspace.id, clone, folder };
}

/** A decision made in the teammate's Cairn and written to their folder, committed and pushed. */
async function decideAndPush(who: Teammate, title: string): Promise<string> {
  const decision = await call(who.core, 'createDecision', { workspaceId: who.workspaceId, content: { title, status: 'proposed' } });
  await call(who.core, 'syncWorkspace', { workspaceId: who.workspaceId });
  const status = await call(who.core, 'gitStatus', { workspaceId: who.workspaceId });
  await call(who.core, 'gitCommit', { workspaceId: who.workspaceId, message: status.suggestedMessage });
  await call(who.core, 'gitPush', { workspaceId: who.workspaceId });
  return decision.id;
}

/** Ada and Bob each commit an edit of the same lines of one decision; Ada's is pushed, Bob's is not. */
async function bothEditTheSameDecision(): Promise<void> {
  await decideAndPush(ada, 'Shared');
  await call(bob.core, 'gitPull', { workspaceId: bob.workspaceId });
  const file = path.join('docs', 'decisions', '0001-shared.md');
  fs.appendFileSync(path.join(ada.clone, file), '\nAda was here.\n');
  gitIn(ada.clone, 'commit', '-q', '-am', 'Ada edits');
  gitIn(ada.clone, 'push', '-q');
  fs.appendFileSync(path.join(bob.clone, file), '\nBob was here.\n');
  gitIn(bob.clone, 'commit', '-q', '-am', 'Bob edits');
}

const head = (clone: string) => gitIn(clone, 'rev-parse', 'HEAD').trim();

describe('git from the app, between two teammates', () => {
  it('shows the branch, its upstream and the changed decision files of the folder only', async () => {
    fs.writeFileSync(path.join(ada.clone, 'notes.md'), 'Not a decision\n');
    fs.writeFileSync(path.join(ada.folder, 'README.md'), '# Decisions\n');
    await call(ada.core, 'createDecision', { workspaceId: ada.workspaceId, content: { title: 'Use PostgreSQL', status: 'proposed' } });
    await call(ada.core, 'syncWorkspace', { workspaceId: ada.workspaceId });
    const status = await call(ada.core, 'gitStatus', { workspaceId: ada.workspaceId });
    expect(status).toMatchObject({ state: 'ready', folder: 'docs/decisions', branch: 'main', upstream: 'origin/main', ahead: 0, behind: 0, operation: 'none', author: 'Ada <ada@example.com>', remotes: ['origin'] });
    expect(status.files).toEqual([expect.objectContaining({ file: '0001-use-postgresql.md', kind: 'untracked', number: 1, title: 'Use PostgreSQL' })]);
    expect(status.suggestedMessage).toBe('ADR 0001 Use PostgreSQL: added (proposed)');
  });

  it('A accepts a decision and pushes; B pulls and sees it in Cairn', async () => {
    const id = await decideAndPush(ada, 'Use PostgreSQL');
    const decision = await call(ada.core, 'getDecision', { id });
    await call(ada.core, 'updateDecision', { id, baseRevision: decision.revision, changes: { status: 'accepted' } });
    await call(ada.core, 'syncWorkspace', { workspaceId: ada.workspaceId });
    const before = await call(ada.core, 'gitStatus', { workspaceId: ada.workspaceId });
    expect(before.files).toEqual([expect.objectContaining({ file: '0001-use-postgresql.md', kind: 'modified', decisionId: id })]);
    expect(before.suggestedMessage).toBe('ADR 0001 Use PostgreSQL: accepted');
    const commit = await call(ada.core, 'gitCommit', { workspaceId: ada.workspaceId, message: before.suggestedMessage });
    expect(commit).toMatchObject({ summary: 'ADR 0001 Use PostgreSQL: accepted', files: ['0001-use-postgresql.md'] });
    expect(gitIn(ada.clone, 'log', '-1', '--format=%an|%s')).toBe('Ada|ADR 0001 Use PostgreSQL: accepted\n');
    expect(await call(ada.core, 'gitStatus', { workspaceId: ada.workspaceId })).toMatchObject({ ahead: 1, files: [] });
    expect(await call(ada.core, 'gitPush', { workspaceId: ada.workspaceId })).toEqual({ branch: 'main', upstream: 'origin/main' });

    const pulled = await call(bob.core, 'gitPull', { workspaceId: bob.workspaceId, mode: 'fast-forward' });
    expect(pulled.outcome).toBe('fast-forwarded');
    expect(pulled.sync.pulled).toEqual(['0001-use-postgresql.md']);
    const seen = await call(bob.core, 'searchDecisions', { workspaceId: bob.workspaceId, query: 'PostgreSQL' });
    expect(seen.items).toEqual([expect.objectContaining({ number: 1, title: 'Use PostgreSQL', status: 'accepted' })]);
    expect(head(bob.clone)).toBe(head(ada.clone));
    expect(await call(bob.core, 'gitPull', { workspaceId: bob.workspaceId, mode: 'fast-forward' })).toMatchObject({ outcome: 'up-to-date' });
  });

  it('commits only the chosen files, and refuses a file that is not a changed decision file', async () => {
    await call(ada.core, 'createDecision', { workspaceId: ada.workspaceId, content: { title: 'First' } });
    await call(ada.core, 'createDecision', { workspaceId: ada.workspaceId, content: { title: 'Second' } });
    await call(ada.core, 'syncWorkspace', { workspaceId: ada.workspaceId });
    await call(ada.core, 'gitCommit', { workspaceId: ada.workspaceId, files: ['0002-second.md'], message: 'Only the second' });
    expect(gitIn(ada.clone, 'show', '--name-only', '--format=%s', 'HEAD')).toBe('Only the second\n\ndocs/decisions/0002-second.md\n');
    const left = await call(ada.core, 'gitStatus', { workspaceId: ada.workspaceId });
    expect(left.files.map((file) => file.file)).toEqual(['0001-first.md']);
    const refused = await callError(ada.core, 'gitCommit', { workspaceId: ada.workspaceId, files: ['../../notes.md'], message: 'x' });
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'files', message: '../../notes.md is not a changed decision file of the linked folder' });
  });

  it('takes a commit message as it is, quotes, dashes and $(…) included', async () => {
    await call(ada.core, 'createDecision', { workspaceId: ada.workspaceId, content: { title: 'Quoted' } });
    await call(ada.core, 'syncWorkspace', { workspaceId: ada.workspaceId });
    const message = '--amend "$(touch pwned)" `id`; rm -rf /\n\nSecond paragraph';
    await call(ada.core, 'gitCommit', { workspaceId: ada.workspaceId, message });
    expect(gitIn(ada.clone, 'log', '-1', '--format=%B')).toBe(`${message}\n\n`);
    expect(fs.existsSync(path.join(ada.clone, 'pwned'))).toBe(false);
  });

  it('says a branch has no upstream, and pushes it with one when asked', async () => {
    gitIn(ada.clone, 'checkout', '-q', '-b', 'topic');
    await call(ada.core, 'createDecision', { workspaceId: ada.workspaceId, content: { title: 'On a branch' } });
    await call(ada.core, 'syncWorkspace', { workspaceId: ada.workspaceId });
    await call(ada.core, 'gitCommit', { workspaceId: ada.workspaceId, message: 'On a branch' });
    expect(await call(ada.core, 'gitStatus', { workspaceId: ada.workspaceId })).toMatchObject({ branch: 'topic', upstream: null, ahead: null });
    expect(await callError(ada.core, 'gitPush', { workspaceId: ada.workspaceId })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('The branch topic has no upstream on a remote yet') });
    expect(await callError(ada.core, 'gitPull', { workspaceId: ada.workspaceId })).toMatchObject({ message: expect.stringContaining('The branch topic has no upstream to pull from') });
    expect(await call(ada.core, 'gitPush', { workspaceId: ada.workspaceId, setUpstream: true })).toEqual({ branch: 'topic', upstream: 'origin/topic' });
    expect(gitIn(team.remote, 'rev-parse', 'topic').trim()).toBe(head(ada.clone));
    expect(await call(ada.core, 'gitStatus', { workspaceId: ada.workspaceId })).toMatchObject({ upstream: 'origin/topic', ahead: 0, behind: 0 });
  });

  it('says a push was rejected, and a rebase pull then lets it through', async () => {
    await decideAndPush(ada, 'From Ada');
    await call(bob.core, 'createDecision', { workspaceId: bob.workspaceId, content: { title: 'From Bob' } });
    await call(bob.core, 'renumberDecision', { id: (await call(bob.core, 'searchDecisions', { workspaceId: bob.workspaceId })).items[0]!.id, number: 2 });
    await call(bob.core, 'syncWorkspace', { workspaceId: bob.workspaceId });
    await call(bob.core, 'gitCommit', { workspaceId: bob.workspaceId, message: 'From Bob' });
    const rejected = await callError(bob.core, 'gitPush', { workspaceId: bob.workspaceId });
    expect(rejected.code).toBe('conflict');
    expect(rejected.message).toMatch(/^The remote refused the push: it has commits this clone does not have yet\. Pull first .* git said: .*\[rejected\]/);
    expect(await callError(bob.core, 'gitPull', { workspaceId: bob.workspaceId, mode: 'fast-forward' })).toMatchObject({ message: expect.stringContaining('cannot fast-forward: pull with rebase') });
    const pulled = await call(bob.core, 'gitPull', { workspaceId: bob.workspaceId, mode: 'rebase' });
    expect(pulled.outcome).toBe('rebased');
    expect(pulled.sync.pulled).toEqual(['0001-from-ada.md']);
    await call(bob.core, 'gitPush', { workspaceId: bob.workspaceId });
    expect(gitIn(team.remote, 'log', '--format=%s', 'main')).toBe('From Bob\nADR 0001 From Ada: added (proposed)\nStart the repository\n');
  });

  it('aborts a rebase pull that stops at a conflict, leaving the branch as it was', async () => {
    await bothEditTheSameDecision();
    const before = head(bob.clone);
    const failed = await callError(bob.core, 'gitPull', { workspaceId: bob.workspaceId, mode: 'rebase' });
    expect(failed.message).toMatch(/^The rebase stopped at a conflict, so Cairn aborted it: the branch is as it was before the pull\./);
    expect(head(bob.clone)).toBe(before);
    expect(await call(bob.core, 'gitStatus', { workspaceId: bob.workspaceId })).toMatchObject({ operation: 'none', files: [], ahead: 1, behind: 1 });
  });

  it('says a rebase is under way and does not pull, push or commit then', async () => {
    await bothEditTheSameDecision();
    gitIn(bob.clone, 'fetch', '-q');
    expect(() => gitIn(bob.clone, 'rebase', 'origin/main')).toThrow();
    const status = await call(bob.core, 'gitStatus', { workspaceId: bob.workspaceId });
    expect(status).toMatchObject({ operation: 'rebase', files: [expect.objectContaining({ file: '0001-shared.md', kind: 'conflicted' })] });
    for (const operation of ['gitPull', 'gitPush', 'gitCommit'] as const) {
      const refused = await callError(bob.core, operation, { workspaceId: bob.workspaceId, message: 'x' });
      expect(refused.message).toContain('A rebase is under way in this repository: finish it (git rebase --continue) or undo it (git rebase --abort)');
    }
  });
});

describe('a merge that meets a conflict in a decision file', () => {
  it('B pulls with a merge, settles the conflict in Cairn (never importing the markers), commits the merge and pushes', async () => {
    const id = await decideAndPush(ada, 'Use PostgreSQL');
    await call(bob.core, 'gitPull', { workspaceId: bob.workspaceId });
    const bobsId = (await call(bob.core, 'searchDecisions', { workspaceId: bob.workspaceId })).items[0]!.id;
    const edit = async (who: Teammate, decisionId: string, context: string) => {
      const decision = await call(who.core, 'getDecision', { id: decisionId });
      await call(who.core, 'updateDecision', { id: decisionId, baseRevision: decision.revision, changes: { context } });
      await call(who.core, 'syncWorkspace', { workspaceId: who.workspaceId });
      await call(who.core, 'gitCommit', { workspaceId: who.workspaceId, message: `${context}` });
    };
    await edit(ada, id, 'We need JSON columns.');
    await call(ada.core, 'gitPush', { workspaceId: ada.workspaceId });
    await edit(bob, bobsId, 'We need full-text search.');

    const pulled = await call(bob.core, 'gitPull', { workspaceId: bob.workspaceId, mode: 'merge' });
    expect(pulled).toMatchObject({ outcome: 'merge-stopped', conflicted: ['0001-use-postgresql.md'] });
    expect(pulled.sync.conflicts).toEqual(['0001-use-postgresql.md']);
    expect((await call(bob.core, 'getDecision', { id: bobsId })).context).toBe('We need full-text search.');
    const [conflict] = await call(bob.core, 'listSyncConflicts', { workspaceId: bob.workspaceId });
    expect(conflict?.diskText).toContain('<<<<<<<');
    expect(await call(bob.core, 'gitStatus', { workspaceId: bob.workspaceId })).toMatchObject({ operation: 'merge', files: [expect.objectContaining({ kind: 'conflicted' })] });

    const refused = await callError(bob.core, 'resolveSyncConflict', { decisionId: bobsId, keep: 'disk' });
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'keep', message: expect.stringContaining("0001-use-postgresql.md still holds git's conflict markers") });
    const theirs = splitConflict(conflict?.diskText ?? '')?.theirs as string;
    await call(bob.core, 'resolveSyncConflict', { decisionId: bobsId, keep: 'merged', text: theirs });
    expect((await call(bob.core, 'getDecision', { id: bobsId })).context).toBe('We need JSON columns.');
    expect(gitIn(bob.clone, 'ls-files', '--unmerged')).toBe('');
    const status = await call(bob.core, 'gitStatus', { workspaceId: bob.workspaceId });
    expect(status).toMatchObject({ operation: 'merge' });
    await call(bob.core, 'gitCommit', { workspaceId: bob.workspaceId, message: 'Merge the team’s decisions' });
    expect(await call(bob.core, 'gitStatus', { workspaceId: bob.workspaceId })).toMatchObject({ operation: 'none', files: [], ahead: 2 });
    expect(gitIn(bob.clone, 'log', '-1', '--format=%P').trim().split(' ')).toHaveLength(2);
    await call(bob.core, 'gitPush', { workspaceId: bob.workspaceId });

    const back = await call(ada.core, 'gitPull', { workspaceId: ada.workspaceId });
    expect(back.outcome).toBe('fast-forwarded');
    expect(back.sync.conflicts).toEqual([]);
    expect((await call(ada.core, 'getDecision', { id })).context).toBe('We need JSON columns.');
  });
});

describe('git status where there is no repository to show', () => {
  it('says so for a workspace with no folder, and a folder outside any working tree', async () => {
    const core = await openTempCore();
    const outside = makeTempDir();
    try {
      const workspace = await createWorkspace(core);
      expect(await call(core, 'gitStatus', { workspaceId: workspace.id })).toMatchObject({ state: 'no-folder', message: expect.stringContaining('not linked to a folder') });
      await call(core, 'linkSyncFolder', { workspaceId: workspace.id, path: outside, dialect: null });
      expect(await call(core, 'gitStatus', { workspaceId: workspace.id })).toMatchObject({ state: 'not-a-repository', message: `The linked folder ${outside} is not in a git working tree: git init it, or link a folder of a clone.` });
      expect(await callError(core, 'gitCommit', { workspaceId: workspace.id, message: 'x' })).toMatchObject({ code: 'invalid_input', field: 'workspaceId' });
    } finally {
      core.dispose();
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('says exactly how to give git an identity when it has none', async () => {
    const core = await openTempCore();
    const repo = makeTempDir();
    const restore = isolateGitConfig('[user]\n\tuseConfigOnly = true\n');
    try {
      gitIn(repo, 'init', '-q');
      const workspace = await createWorkspace(core);
      await call(core, 'linkSyncFolder', { workspaceId: workspace.id, path: repo, dialect: null });
      await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Nobody' } });
      await call(core, 'syncWorkspace', { workspaceId: workspace.id });
      expect(await call(core, 'gitStatus', { workspaceId: workspace.id })).toMatchObject({ author: null, branch: 'main', upstream: null });
      const refused = await callError(core, 'gitCommit', { workspaceId: workspace.id, message: 'x' });
      expect(refused.message).toBe(
        'git does not know who you are, so it cannot commit. Tell git who you are, in a terminal: git config --global user.name "Your Name" and git config --global user.email "you@example.com"; then commit again.',
      );
      expect(gitIn(repo, 'status', '--porcelain')).toBe('?? 0001-nobody.md\n');
    } finally {
      restore();
      core.dispose();
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });

  it('answers in plain words where git is not installed', async () => {
    expect(await runGit(process.cwd(), ['--version'], { binary: 'cairn-test-no-such-git' })).toEqual({ ok: false, missing: true });
    expect(GIT_NOT_INSTALLED).toMatch(/^git is not installed on this computer .* the rest of Cairn works without it\.$/);
  });
});
