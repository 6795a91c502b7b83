import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HostApi } from './host-api';
import { AppShell } from './models/app-shell';
import { DecisionPage } from './models/decision-page';
import { DecisionsListPage } from './models/decisions-list-page';
import { HomePage } from './models/home-page';
import { SyncPage } from './models/sync-page';
import { watcherFirstSync } from './watcher-first-sync';

// Every open view shows the truth without a reload: writes by the CLI, by the API, on disk and in
// the page itself. Each case here was once seen stale until a reload.

const CLI = path.resolve('dist/electron/cli/main.js');
const CORPUS_ADR_TOOLS = path.resolve('../shared/corpus/adr-tools-repo/doc/adr');
const MARKDOWN = '0004-markdown-format.md';

/** Runs `cairn <args>` on the host's data directory, beside the running host. */
async function cairn(dataDir: string, ...args: string[]): Promise<string> {
  const env = { ...process.env };
  delete env.CAIRN_DATA_DIR;
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, '--data-dir', dataDir, ...args], { env });
  return stdout;
}

/** A copy of the adr-tools folder, removed after the test. */
function adrToolsCopy(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-live-'));
  fs.cpSync(CORPUS_ADR_TOOLS, folder, { recursive: true });
  return folder;
}

/** The header's sync indicator, by the words it shows. */
function syncIndicator(page: Page, text: string | RegExp) {
  return page.getByRole('banner').getByRole('button', { name: text });
}

async function importedWorkspace(api: HostApi, page: Page, folder: string): Promise<string> {
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'adr-tools' });
  await api('importFolder', { workspaceId: workspace.id, folder });
  await page.reload();
  return workspace.id;
}

test('a decision made with cairn new shows in the open list and on Home without a reload', async ({ page, api, host }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  await api('createWorkspace', { name: 'Platform' });
  await page.reload();
  const home = new HomePage(page);
  await home.expectShown('Platform');
  await home.expectDecisionCount(0);

  expect(await cairn(host.dataDir, 'new', 'Use', 'the', 'CLI')).toContain('Created 0001 Use the CLI');
  await home.expectDecisionCount(1);

  const list = new DecisionsListPage(page);
  await list.expectLoaded();
  await expect(list.row('0001 Use the CLI')).toBeVisible();
  await cairn(host.dataDir, 'new', 'Keep', 'the', 'page', 'open');
  await expect(list.row('0002 Keep the page open')).toBeVisible();
});

test('an edit on disk in the linked folder shows in the open decision, and the header stays in step', async ({ page, api }) => {
  const folder = adrToolsCopy();
  try {
    await importedWorkspace(api, page, folder);
    const list = new DecisionsListPage(page);
    await list.expectLoaded();
    await list.row('0004 Markdown format').click();
    const decision = new DecisionPage(page);
    await decision.expectShown('0004 Markdown format');

    const file = path.join(folder, MARKDOWN);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('# 4. Markdown format', '# 4. Markdown everywhere'));
    // The host begins watching a folder linked since it started within its rescan, then syncs it.
    await expect(page.getByRole('heading', { level: 1, name: '0004 Markdown everywhere', exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(syncIndicator(page, /^In step/)).toBeVisible();
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});


test('a save in the page writes the decision’s file at once', async ({ page, api }) => {
  const folder = adrToolsCopy();
  try {
    const workspaceId = await importedWorkspace(api, page, folder);
    await watcherFirstSync(api, page, workspaceId);
    const list = new DecisionsListPage(page);
    await list.expectLoaded();
    await list.row('0004 Markdown format').click();
    const decision = new DecisionPage(page);
    await decision.expectShown('0004 Markdown format');
    await decision.changeStatus('Deprecated');
    await expect.poll(() => fs.readFileSync(path.join(folder, MARKDOWN), 'utf8')).toMatch(/## Status\s+Deprecated/);
    await expect(syncIndicator(page, /^In step/)).toBeVisible();
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('the header says how many changes wait when saves do not write files, and opens the Markdown page', async ({ page, api }) => {
  const folder = adrToolsCopy();
  try {
    const workspaceId = await importedWorkspace(api, page, folder);
    await expect(syncIndicator(page, /^In step/)).toBeVisible();
    await watcherFirstSync(api, page, workspaceId);
    await api('updateWorkspace', { id: workspaceId, writeFilesOnSave: false });

    for (const title of ['Markdown format', 'Help comments']) {
      const found = (await api('searchDecisions', { workspaceId, query: title })).items.find((d) => d.title === title);
      if (!found) throw new Error(`no decision "${title}"`);
      await api('updateDecision', { id: found.id, baseRevision: 1, changes: { context: 'Changed in Cairn.' } });
    }
    const waiting = syncIndicator(page, /^2 changes waiting/);
    await expect(waiting).toBeVisible();
    await expect(waiting).toHaveAccessibleName('2 changes waiting (Markdown folder sync)');
    await waiting.click();
    const sync = new SyncPage(page);
    await expect(sync.heading).toBeVisible();
    await expect(sync.folderSection.getByRole('checkbox', { name: 'Write files on save' })).not.toBeChecked();

    await sync.folderSection.getByRole('button', { name: 'Sync now' }).click();
    await expect(syncIndicator(page, /^In step/)).toBeVisible();
    expect(fs.readFileSync(path.join(folder, MARKDOWN), 'utf8')).toContain('Changed in Cairn.');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('Home counts the decisions of an import made on the Markdown page', async ({ page }) => {
  const folder = adrToolsCopy();
  try {
    const shell = new AppShell(page);
    await shell.enterName('Ada Lovelace');
    await shell.createFirstWorkspaceAndStayHome('adr-tools');
    const sync = new SyncPage(page);
    await sync.open();
    await sync.previewImport(folder);
    await sync.importSection.getByRole('button', { name: 'Import 9 files' }).click();
    await expect(sync.importSection.getByRole('status')).toContainText('Imported 9 of 9 files');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await new HomePage(page).expectDecisionCount(9);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('Home counts the decisions two new sessions made', async ({ page, api }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Platform' });
  await page.reload();
  const home = new HomePage(page);
  await home.expectDecisionCount(0);
  await api('createSession', { workspaceId: workspace.id, title: 'Pick a queue' });
  await api('createSession', { workspaceId: workspace.id, title: 'Pick a cache' });
  await home.expectDecisionCount(2);
});

test('once a conflict is settled, the Markdown page and the header no longer say "1 conflict"', async ({ page, api }) => {
  const folder = adrToolsCopy();
  try {
    const workspaceId = await importedWorkspace(api, page, folder);
    await watcherFirstSync(api, page, workspaceId);
    await api('updateWorkspace', { id: workspaceId, writeFilesOnSave: false });
    const found = (await api('searchDecisions', { workspaceId, query: 'Markdown format' })).items.find((d) => d.number === 4);
    if (!found) throw new Error('decision 4 not imported');
    await api('updateDecision', { id: found.id, baseRevision: 1, changes: { title: 'Markdown in Cairn' } });
    const file = path.join(folder, MARKDOWN);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('# 4. Markdown format', '# 4. Markdown on disk'));

    const sync = new SyncPage(page);
    await sync.open();
    await sync.folderSection.getByRole('button', { name: 'Sync now' }).click();
    await expect(sync.conflicts).toBeVisible();
    await expect(syncIndicator(page, /^1 conflict/)).toBeVisible();

    await sync.conflicts.getByRole('button', { name: 'Keep the file’s version' }).click();
    const confirm = page.getByRole('dialog', { name: 'Keep the file’s version?' });
    await confirm.getByRole('button', { name: 'Keep the file’s version' }).click();
    await expect(sync.conflicts).toBeHidden();
    await expect(syncIndicator(page, /^In step/)).toBeVisible();
    await expect(sync.folderSection).not.toContainText('1 conflict');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('an error banner on the Markdown page is gone after leaving and coming back', async ({ page, api }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  await api('createWorkspace', { name: 'Platform' });
  await page.reload();
  const sync = new SyncPage(page);
  await sync.open();
  const missing = path.join(os.tmpdir(), 'cairn-e2e-no-such-folder', 'adr');
  await sync.folderSection.getByLabel('Folder').fill(missing);
  await sync.folderSection.getByRole('button', { name: 'Link folder' }).click();
  const banner = page.getByRole('main').getByRole('alert');
  await expect(banner).toContainText('Cannot open the folder');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await sync.open();
  await expect(sync.folderSection.getByLabel('Folder')).toBeVisible();
  await expect(banner).toBeHidden();
});
