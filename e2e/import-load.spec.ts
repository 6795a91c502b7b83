import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticLog } from '../scripts/bench/synthetic-folder';
import { expect, test } from './fixtures';
import { DecisionsListPage } from './models/decisions-list-page';
import { SyncPage } from './models/sync-page';
import { saveScreenshot } from './screenshots';

const FILES = 10_000;

// A big folder takes a while to write, read and store; what is checked is what the page shows, never how long it took.
test.setTimeout(240_000);

test('a 10,000-file import shows its progress, leaves the app usable, cancels cleanly and then completes', async ({ page, api }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-load-'));
  writeSyntheticLog(folder, { count: FILES, dialect: 'nygard', seed: 11 });
  try {
    await api('setProfile', { name: 'Ada Lovelace' });
    const workspace = await api('createWorkspace', { name: 'Big log' });
    await page.reload();
    const sync = new SyncPage(page);
    const list = new DecisionsListPage(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const summary = sync.importSection.getByRole('status');

    await test.step('preview the folder: every file is understood', async () => {
      await sync.open();
      await sync.previewImport(folder);
      await expect(summary).toContainText(`Will import ${FILES.toLocaleString('en')} of ${FILES.toLocaleString('en')} files`, { timeout: 60_000 });
    });

    await test.step('import: the progress bar appears and advances, and the rest of the app answers meanwhile', async () => {
      await sync.importSection.getByRole('button', { name: `Import ${FILES.toLocaleString('en')} files` }).click();
      await expect(sync.importProgress).toBeVisible();
      // It took the focus of the button that started it, so the keyboard reaches "Cancel import" next.
      await expect(sync.importProgressBlock).toBeFocused();
      // Reading first, then storing (in one transaction).
      await expect(sync.importProgress).toHaveAccessibleName(/^(Reading [\d,]+ of 10,000 files|Storing 10,000 decisions)… ?\d*%?$/);

      await nav.getByRole('link', { name: 'Decisions', exact: true }).click();
      // The list asked the API and heard back: nothing is stored until the import commits.
      await expect(page.getByRole('heading', { name: 'No decisions yet' })).toBeVisible();
      await sync.open();
      // Still importing after that round trip: the answers came during the import, not after it.
      await expect(sync.importProgress).toBeVisible();
      const seen = await sync.importProgressText();
      await expect.poll(() => sync.importProgressText()).not.toBe(seen);
      await sync.importProgress.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'sync-import-progress');
    });

    await test.step('cancel from the keyboard (Escape in the progress block): nothing was stored', async () => {
      await expect(sync.importSection.getByRole('button', { name: 'Cancel import' })).toBeEnabled();
      await sync.importProgressBlock.focus();
      await page.keyboard.press('Escape');
      await expect(sync.importSection.getByText('Import cancelled — nothing was stored.')).toBeVisible();
      await expect(sync.importProgress).toBeHidden();
      expect((await api('searchDecisions', { workspaceId: workspace.id, limit: 1 })).total).toBe(0);
      expect(await api('getSyncFolder', { workspaceId: workspace.id })).toBeNull();
      await nav.getByRole('link', { name: 'Decisions', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'No decisions yet' })).toBeVisible();
    });

    await test.step('import again, to the end: all 10,000 decisions are listed', async () => {
      await sync.open();
      await sync.importSection.getByRole('button', { name: `Import ${FILES.toLocaleString('en')} files` }).click();
      await expect(summary).toContainText(`Imported ${FILES.toLocaleString('en')} of ${FILES.toLocaleString('en')} files`, { timeout: 120_000 });
      await expect(sync.folderSection).toContainText(folder);
      await sync.importSection.getByRole('link', { name: 'See the decisions' }).click();
      await list.expectLoaded();
      await expect(list.count).toHaveText(`${FILES} decisions`);
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
