import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import type { HostApi } from './host-api';
import { openRoute } from './open-route';
import { DecisionPage } from './models/decision-page';
import { GitPanel } from './models/git-panel';
import { HistoryPage } from './models/history-page';
import { SyncPage } from './models/sync-page';
import { publishForReadme, saveScreenshot } from './screenshots';

// The web host passes its environment on to git: a config of the test's own, not the machine's.
const gitHome = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-gitconfig-'));
fs.writeFileSync(path.join(gitHome, 'gitconfig'), '[init]\n\tdefaultBranch = main\n');
process.env.GIT_CONFIG_GLOBAL = path.join(gitHome, 'gitconfig');
process.env.GIT_CONFIG_NOSYSTEM = '1';

const SHOTS = '/work/notes/shots';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A bare remote with one commit, and a clone for each teammate with their name to commit as. */
function teamRepositories(root: string): { remote: string; ada: string; bob: string } {
  const remote = path.join(root, 'remote.git');
  git(root, 'init', '-q', '--bare', remote);
  const seed = path.join(root, 'seed');
  git(root, 'clone', '-q', remote, seed);
  fs.writeFileSync(path.join(seed, 'README.md'), '# Team\n');
  git(seed, 'add', '-A');
  git(seed, '-c', 'user.name=Seed', '-c', 'user.email=seed@example.com', 'commit', '-q', '-m', 'Start');
  git(seed, 'push', '-q', 'origin', 'main');
  const clone = (name: string) => {
    const dir = path.join(root, name);
    git(root, 'clone', '-q', remote, dir);
    git(dir, 'config', 'user.name', name);
    git(dir, 'config', 'user.email', `${name.toLowerCase()}@example.com`);
    fs.mkdirSync(path.join(dir, 'docs', 'decisions'), { recursive: true });
    return dir;
  };
  return { remote, ada: clone('Ada'), bob: clone('Bob') };
}

test.afterAll(() => fs.rmSync(gitHome, { recursive: true, force: true }));

test('a teammate commits and pushes a decision from the Markdown page, and pulls a teammate’s acceptance', async ({ page, api }) => {
  test.slow();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-git-'));
  try {
    const repos = teamRepositories(root);
    await api('setProfile', { name: 'Bob' });
    const workspace = await api('createWorkspace', { name: 'Platform' });
    await api('linkSyncFolder', { workspaceId: workspace.id, path: path.join(repos.bob, 'docs', 'decisions'), dialect: 'madr4' });
    await api('createDecision', { workspaceId: workspace.id, content: { title: 'Use PostgreSQL', status: 'proposed' } });
    await api('syncWorkspace', { workspaceId: workspace.id });
    await page.reload();
    const sync = new SyncPage(page);
    const panel = new GitPanel(page);

    await test.step('the panel shows the branch, its upstream and the new decision file, ticked', async () => {
      await sync.open();
      await expect(panel.section).toContainText('main');
      await expect(panel.section).toContainText('origin/main');
      await expect(panel.section.getByTestId('git-ahead-behind')).toHaveText('In step with the upstream');
      await expect(panel.file('0001-use-postgresql.md').getByRole('checkbox')).toBeChecked();
      await expect(panel.message).toHaveValue('ADR 0001 Use PostgreSQL: added (proposed)');
      await expect(panel.section).toContainText('Commits as Bob <bob@example.com>.');
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.setViewportSize({ width: 1440, height: 900 });
      await panel.section.scrollIntoViewIfNeeded();
      // The README's picture of the panel.
      publishForReadme(await saveScreenshot(page, 'git-panel'), 'git-panel');
      await page.setViewportSize({ width: 390, height: 844 });
      await panel.section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'git-panel-390.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    });

    await test.step('commit with the prefilled message, and push', async () => {
      await panel.commit(1);
      await expect(panel.section.getByTestId('git-ahead-behind')).toHaveText('1 commit to push');
      await panel.push();
      await expect(panel.section.getByTestId('git-ahead-behind')).toHaveText('In step with the upstream');
      expect(git(repos.remote, 'log', '-1', '--format=%an|%s', 'main')).toBe('Bob|ADR 0001 Use PostgreSQL: added (proposed)\n');
    });

    await test.step('a teammate accepts it in git; pulling brings it into Cairn', async () => {
      git(repos.ada, 'pull', '-q');
      const file = path.join(repos.ada, 'docs', 'decisions', '0001-use-postgresql.md');
      const text = fs.readFileSync(file, 'utf8');
      expect(text).toMatch(/^status: proposed$/m);
      fs.writeFileSync(file, text.replace(/^status: proposed$/m, 'status: accepted'));
      git(repos.ada, 'commit', '-q', '-am', 'ADR 0001 Use PostgreSQL: accepted');
      git(repos.ada, 'push', '-q');
      await panel.pull('fast-forward');
      await expect(panel.result).toContainText('Fast-forwarded; the sync brought 1 file into Cairn.');
      const found = await api('searchDecisions', { workspaceId: workspace.id, query: 'PostgreSQL' });
      expect(found.items.map((item) => item.status)).toEqual(['accepted']);
      await page.screenshot({ path: path.join(SHOTS, 'git-panel-pulled-1440.png') });
    });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

/** Bob's Cairn (the web host) with one proposed decision committed and pushed, and Ada's clone up to date with it. */
async function sharedDecision(api: HostApi, root: string) {
  const repos = teamRepositories(root);
  await api('setProfile', { name: 'Bob' });
  const workspace = await api('createWorkspace', { name: 'Platform' });
  await api('linkSyncFolder', { workspaceId: workspace.id, path: path.join(repos.bob, 'docs', 'decisions'), dialect: 'madr4' });
  const decision = await api('createDecision', { workspaceId: workspace.id, content: { title: 'Use PostgreSQL', status: 'proposed' } });
  await api('syncWorkspace', { workspaceId: workspace.id });
  await api('gitCommit', { workspaceId: workspace.id, message: 'ADR 0001 Use PostgreSQL: added (proposed)' });
  await api('gitPush', { workspaceId: workspace.id });
  git(repos.ada, 'pull', '-q');
  return { repos, workspace, decision, adaFile: path.join(repos.ada, 'docs', 'decisions', '0001-use-postgresql.md') };
}

test('a merge pull that meets a conflict is settled in the conflict screen, committed and pushed from the page', async ({ page, api }) => {
  test.slow();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-git-'));
  try {
    const { repos, workspace, decision, adaFile } = await sharedDecision(api, root);
    // Ada accepts it and pushes; Bob rejects it and commits, not yet pushed.
    fs.writeFileSync(adaFile, fs.readFileSync(adaFile, 'utf8').replace(/^status: proposed$/m, 'status: accepted'));
    git(repos.ada, 'commit', '-q', '-am', 'ADR 0001 Use PostgreSQL: accepted');
    git(repos.ada, 'push', '-q');
    const current = await api('getDecision', { id: decision.id });
    await api('updateDecision', { id: decision.id, baseRevision: current.revision, changes: { status: 'rejected' } });
    await api('syncWorkspace', { workspaceId: workspace.id });
    await api('gitCommit', { workspaceId: workspace.id, message: 'ADR 0001 Use PostgreSQL: rejected' });
    await page.reload();
    const sync = new SyncPage(page);
    const panel = new GitPanel(page);
    await sync.open();

    await test.step('the merge stops; the conflict screen shows ours and theirs, nothing of the markers imported', async () => {
      await panel.pull('merge');
      await expect(panel.result).toContainText('The merge stopped at conflicts');
      await expect(panel.section.getByRole('status').filter({ hasText: 'A merge is under way' })).toContainText('settle the 1 conflict under Conflicts');
      const card = sync.conflicts.getByRole('article', { name: /0001 Use PostgreSQL/ });
      await expect(card.getByRole('region', { name: 'Ours' })).toContainText('status: rejected');
      await expect(card.getByRole('region', { name: 'Ours' })).toContainText('HEAD, this branch');
      await expect(card.getByRole('region', { name: 'Theirs' })).toContainText('status: accepted');
      await expect(card.getByRole('region', { name: 'Theirs' })).toContainText('origin/main, incoming');
      await expect(card.getByRole('region', { name: 'Ours' })).not.toContainText('<<<<<<<');
      await expect(panel.section.getByRole('button', { name: 'Commit the merge' })).toBeDisabled();
      expect((await api('getDecision', { id: decision.id })).status).toBe('rejected');
      await page.screenshot({ path: path.join(SHOTS, 'git-conflict-1440.png') });
    });

    await test.step('keep theirs: Cairn writes the file and stages it', async () => {
      const card = sync.conflicts.getByRole('article', { name: /0001 Use PostgreSQL/ });
      await card.getByRole('button', { name: 'Keep theirs' }).click();
      const dialog = page.getByRole('dialog', { name: 'Keep theirs?' });
      await dialog.getByRole('button', { name: 'Keep theirs' }).click();
      await expect(page.getByRole('status').getByText('Resolved the conflict in 0001-use-postgresql.md').last()).toBeVisible();
      await expect(sync.conflicts).toBeHidden();
      expect(git(repos.bob, 'ls-files', '--unmerged')).toBe('');
      expect((await api('getDecision', { id: decision.id })).status).toBe('accepted');
    });

    await test.step('commit the merge with git’s message, and push it', async () => {
      await expect(panel.section.getByRole('status').filter({ hasText: 'A merge is under way' })).toContainText('its conflicts are settled');
      await expect(panel.message).toHaveValue("Merge remote-tracking branch 'origin/main'");
      await panel.section.getByRole('button', { name: 'Commit the merge' }).click();
      await expect(panel.result).toContainText('Committed the merge');
      await expect(panel.section.getByTestId('git-ahead-behind')).toHaveText('2 commits to push');
      await panel.push();
      expect(git(repos.remote, 'log', '-1', '--format=%an|%s|%P', 'main').split('|').slice(0, 2)).toEqual(['Bob', "Merge remote-tracking branch 'origin/main'"]);
      git(repos.ada, 'pull', '-q');
      expect(fs.readFileSync(adaFile, 'utf8')).toMatch(/^status: accepted$/m);
    });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a proposed decision is proposed for review as a branch, and its history page lists the commits of its file', async ({ page, api }) => {
  test.slow();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-git-'));
  try {
    const { repos, workspace, decision } = await sharedDecision(api, root);
    const second = await api('createDecision', { workspaceId: workspace.id, content: { title: 'Use Redis for caching', status: 'proposed' } });
    await api('syncWorkspace', { workspaceId: workspace.id });
    await page.reload();

    await test.step('Propose for review pushes adr/0002-use-redis-for-caching and says where to open its pull request', async () => {
      await openRoute(page, `#/decisions/${second.id}`);
      const decisionPage = new DecisionPage(page);
      await decisionPage.expectShown('0002 Use Redis for caching');
      await page.getByRole('button', { name: 'Propose for review' }).click();
      const confirm = page.getByRole('dialog', { name: 'Propose for review?' });
      await expect(confirm).toContainText('You stay on main');
      await confirm.getByRole('button', { name: 'Propose for review' }).click();
      const done = page.getByRole('dialog', { name: 'Proposed for review' });
      await expect(done).toContainText('Pushed adr/0002-use-redis-for-caching to origin/adr/0002-use-redis-for-caching');
      await expect(done).toContainText('Cairn knows where to open a pull request only on github.com, gitlab.com, bitbucket.org and Azure DevOps');
      expect(git(repos.remote, 'log', '-1', '--format=%an|%s', 'adr/0002-use-redis-for-caching')).toBe('Bob|ADR 0002 Use Redis for caching: added (proposed)\n');
      expect(git(repos.bob, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main\n');
      await done.getByRole('button', { name: 'Done' }).click();
      await expect(done).toBeHidden();
    });

    await test.step('the history page lists the file’s commits from git, each diff to unfold', async () => {
      await openRoute(page, `#/decisions/${decision.id}/history`);
      await new HistoryPage(page).expectShown('0001 Use PostgreSQL');
      const inGit = page.getByRole('region', { name: 'In git' });
      const commits = inGit.getByRole('list', { name: 'Commits of the file' }).getByRole('listitem');
      await expect(commits).toHaveCount(1);
      await expect(commits.first()).toContainText('ADR 0001 Use PostgreSQL: added (proposed)');
      await expect(commits.first()).toContainText('Bob');
      await commits.first().getByText('ADR 0001 Use PostgreSQL: added (proposed)').click();
      await expect(commits.first().locator('.diff-added').filter({ hasText: 'status: proposed' })).toBeVisible();
    });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the panel says so when the linked folder is not in a git repository', async ({ page, api }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-nogit-'));
  try {
    await api('setProfile', { name: 'Ada' });
    const workspace = await api('createWorkspace', { name: 'Loose files' });
    await api('linkSyncFolder', { workspaceId: workspace.id, path: folder, dialect: null });
    await page.reload();
    await new SyncPage(page).open();
    await expect(new GitPanel(page).section).toContainText(`The linked folder ${folder} is not in a git working tree`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
