import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { GitPanel } from './models/git-panel';
import { SyncPage } from './models/sync-page';

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
      await page.screenshot({ path: path.join(SHOTS, 'git-panel-1440.png') });
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
