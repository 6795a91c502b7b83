import { execFileSync } from 'node:child_process';
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
    // The merge is finished with git's own message for it.
    expect(status.suggestedMessage).toBe("Merge remote-tracking branch 'origin/main'");
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

describe('Propose for review', () => {
  const proposed = async (title: string) => {
    const decision = await call(ada.core, 'createDecision', { workspaceId: ada.workspaceId, content: { title, status: 'proposed' } });
    return decision.id;
  };

  it('commits the decision’s file on a branch of its own and pushes it with an upstream, leaving Ada on main as she was', async () => {
    const id = await proposed('Use PostgreSQL');
    const before = head(ada.clone);
    const proposal = await call(ada.core, 'gitProposeForReview', { decisionId: id });
    expect(proposal).toMatchObject({ branch: 'adr/0001-use-postgresql', upstream: 'origin/adr/0001-use-postgresql', base: 'main', pullRequestUrl: null, host: null });
    expect(proposal.noLink).toContain(`not on this remote: open one for adr/0001-use-postgresql`);
    expect(gitIn(team.remote, 'rev-parse', 'adr/0001-use-postgresql').trim()).toBe(proposal.commit);
    expect(gitIn(team.remote, 'show', '--name-only', '--format=%an|%s|%P', 'adr/0001-use-postgresql')).toBe(`Ada|ADR 0001 Use PostgreSQL: added (proposed)|${before}\n\ndocs/decisions/0001-use-postgresql.md\n`);
    expect(gitIn(ada.clone, 'rev-parse', '--abbrev-ref', 'adr/0001-use-postgresql@{upstream}').trim()).toBe('origin/adr/0001-use-postgresql');
    // Ada is where she was: on main, at the same commit, the file still hers to see and edit, no worktree left behind.
    expect(await call(ada.core, 'gitStatus', { workspaceId: ada.workspaceId })).toMatchObject({ branch: 'main', ahead: 0, files: [expect.objectContaining({ file: '0001-use-postgresql.md', kind: 'untracked' })] });
    expect(head(ada.clone)).toBe(before);
    expect(gitIn(ada.clone, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);

    // Bob reviews and merges it on the remote; Ada's fast-forward takes it over her identical copy.
    gitIn(bob.clone, 'fetch', '-q');
    gitIn(bob.clone, 'merge', '-q', '--ff-only', 'origin/adr/0001-use-postgresql');
    gitIn(bob.clone, 'push', '-q', 'origin', 'main');
    const pulled = await call(ada.core, 'gitPull', { workspaceId: ada.workspaceId, mode: 'fast-forward' });
    expect(pulled.outcome).toBe('fast-forwarded');
    expect(await call(ada.core, 'gitStatus', { workspaceId: ada.workspaceId })).toMatchObject({ branch: 'main', ahead: 0, behind: 0, files: [] });
    expect((await call(ada.core, 'getDecision', { id })).title).toBe('Use PostgreSQL');
  });

  it('links to the pull request page of the remote’s host', async () => {
    // Fetched from as if from GitHub, pushed to the bare repository: the link comes from the address git reports.
    gitIn(ada.clone, 'remote', 'set-url', 'origin', 'git@github.com:acme/decisions.git');
    gitIn(ada.clone, 'remote', 'set-url', '--push', 'origin', team.remote);
    const proposal = await call(ada.core, 'gitProposeForReview', { decisionId: await proposed('Use PostgreSQL') });
    expect(proposal).toMatchObject({ host: 'GitHub', pullRequestUrl: 'https://github.com/acme/decisions/compare/main...adr/0001-use-postgresql?expand=1', noLink: null });
  });

  it('refuses a decision that is not proposed, one with nothing new on the branch, and one proposed before', async () => {
    const accepted = await call(ada.core, 'createDecision', { workspaceId: ada.workspaceId, content: { title: 'Done', status: 'accepted' } });
    expect(await callError(ada.core, 'gitProposeForReview', { decisionId: accepted.id })).toMatchObject({ code: 'invalid_input', message: 'ADR 0001 Done is accepted: only a proposed decision is proposed for review.' });
    const id = await proposed('Use PostgreSQL');
    await call(ada.core, 'gitProposeForReview', { decisionId: id });
    expect(await callError(ada.core, 'gitProposeForReview', { decisionId: id })).toMatchObject({ code: 'conflict', message: expect.stringContaining('A branch adr/0002-use-postgresql exists already') });
    await call(ada.core, 'gitCommit', { workspaceId: ada.workspaceId, message: 'Both on main' });
    gitIn(ada.clone, 'branch', '-q', '-D', 'adr/0002-use-postgresql');
    expect(await callError(ada.core, 'gitProposeForReview', { decisionId: id })).toMatchObject({ message: expect.stringContaining('0002-use-postgresql.md is already on main as it is now: there is nothing to propose') });
  });

  it('takes its branch away again when the push is rejected, so nothing half done is left', async () => {
    gitIn(bob.clone, 'checkout', '-q', '-b', 'adr/0001-use-postgresql');
    gitIn(bob.clone, 'commit', '-q', '--allow-empty', '-m', 'Bob was first');
    gitIn(bob.clone, 'push', '-q', 'origin', 'adr/0001-use-postgresql');
    const refused = await callError(ada.core, 'gitProposeForReview', { decisionId: await proposed('Use PostgreSQL') });
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^The remote refused the push/) });
    expect(gitIn(ada.clone, 'branch', '--list', 'adr/*')).toBe('');
    expect(await call(ada.core, 'gitStatus', { workspaceId: ada.workspaceId })).toMatchObject({ branch: 'main', files: [expect.objectContaining({ kind: 'untracked' })] });
  });
});

describe("a decision's file in git", () => {
  it('lists the commits that touched it, following a rename, with each one’s diff and the date of the commit that added it, stored nowhere', async () => {
    const commitAt = (date: string, message: string) => {
      gitIn(ada.clone, 'add', '-A');
      execFileSync('git', ['commit', '-q', '-m', message], { cwd: ada.clone, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    };
    fs.writeFileSync(path.join(ada.folder, 'postgres.md'), '# Use PostgreSQL\n\n## Context and Problem Statement\n\nWe need a database.\n');
    commitAt('2024-03-02T10:00:00+01:00', 'Add the database decision');
    await call(ada.core, 'syncWorkspace', { workspaceId: ada.workspaceId });
    const [row] = (await call(ada.core, 'searchDecisions', { workspaceId: ada.workspaceId })).items;
    const id = row!.id;
    gitIn(ada.clone, 'mv', path.join('docs', 'decisions', 'postgres.md'), path.join('docs', 'decisions', 'database.md'));
    commitAt('2024-04-05T09:30:00+00:00', 'Rename the file');
    await call(ada.core, 'syncWorkspace', { workspaceId: ada.workspaceId });
    fs.appendFileSync(path.join(ada.folder, 'database.md'), '\nWe chose PostgreSQL.\n');
    commitAt('2024-05-06T08:00:00+00:00', 'Say what was chosen\n\nThe team agreed on Friday.');
    await call(ada.core, 'syncWorkspace', { workspaceId: ada.workspaceId });

    const history = await call(ada.core, 'gitFileHistory', { decisionId: id });
    expect(history).toMatchObject({ state: 'ready', file: 'docs/decisions/database.md', truncated: false, added: { date: '2024-03-02' } });
    expect(history.commits.map((commit) => [commit.subject, commit.body, commit.author, commit.date, commit.path, commit.renamedFrom])).toEqual([
      ['Say what was chosen', 'The team agreed on Friday.', 'Ada', '2024-05-06T08:00:00+00:00', 'docs/decisions/database.md', null],
      ['Rename the file', '', 'Ada', '2024-04-05T09:30:00+00:00', 'docs/decisions/database.md', 'docs/decisions/postgres.md'],
      ['Add the database decision', '', 'Ada', '2024-03-02T10:00:00+01:00', 'docs/decisions/postgres.md', null],
    ]);
    expect(history.commits[0]?.hunks.flatMap((hunk) => hunk.lines.filter((line) => line.kind !== 'same'))).toEqual([
      { kind: 'added', text: '', oldLine: null, newLine: 6 },
      { kind: 'added', text: 'We chose PostgreSQL.', oldLine: null, newLine: 7 },
    ]);
    expect(history.added?.commit).toBe(gitIn(ada.clone, 'log', '--format=%H', '--diff-filter=A', '--', 'docs/decisions/postgres.md').trim());
    // The record gives no date: it took the day of the commit that added its file when the sync brought it in, labelled as git's.
    expect(await call(ada.core, 'getDecision', { id })).toMatchObject({ date: '2024-03-02', dateSource: 'git' });
  });

  it('says why there is no history: no file yet, or no commit of it', async () => {
    const decision = await call(ada.core, 'createDecision', { workspaceId: ada.workspaceId, content: { title: 'Unsynced' } });
    expect(await call(ada.core, 'gitFileHistory', { decisionId: decision.id })).toMatchObject({ state: 'no-file', message: expect.stringContaining('no file in the linked folder yet') });
    await call(ada.core, 'syncWorkspace', { workspaceId: ada.workspaceId });
    expect(await call(ada.core, 'gitFileHistory', { decisionId: decision.id })).toMatchObject({ state: 'ready', file: 'docs/decisions/0001-unsynced.md', commits: [], added: null });
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
