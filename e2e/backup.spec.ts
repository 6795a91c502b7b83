import { expect, test } from './fixtures';
import { BackupDialogModel } from './models/backup-dialog';
import { AppShell } from './models/app-shell';
import { DecisionsListPage } from './models/decisions-list-page';
import { saveScreenshot } from './screenshots';

test('a person backs up, changes data, and restores the backup after confirming', async ({ page, api }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Platform' });
  await api('createDecision', { workspaceId: workspace.id, content: { title: 'Use SQLite' } });
  await page.reload();
  const backups = new BackupDialogModel(page);
  const list = new DecisionsListPage(page);
  const shell = new AppShell(page);

  await test.step('the dialog lists the automatic backup and makes one on demand', async () => {
    await backups.open();
    await expect(backups.dialog).toContainText('keeps the last 7 days');
    // The host started on an empty data directory: nothing was worth an automatic copy yet.
    await expect(backups.dialog).toContainText('No backups yet');
    await saveScreenshot(page, 'backup-dialog-empty');
    await backups.backUpNow();
    await expect(page.getByRole('status').filter({ hasText: /Backed up to cairn-manual-.*\.db/ })).toBeVisible();
    await expect(backups.row('Backed up by you')).toHaveCount(1);
    await saveScreenshot(page, 'backup-dialog');
    await backups.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(backups.dialog).toBeHidden();
  });

  await api('createDecision', { workspaceId: workspace.id, content: { title: 'Adopt MADR' } });

  await test.step('restore asks first, says what will be replaced, and can be cancelled', async () => {
    await backups.open();
    await backups.row('Backed up by you').getByRole('button', { name: /Restore the backup of/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(confirm).toContainText('will be replaced by the backup of');
    await expect(confirm).toContainText('What you have now is saved first as a backup of its own');
    await saveScreenshot(page, 'backup-restore-confirm');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(backups.dialog).toBeVisible();
  });

  await test.step('restoring brings the data of the backup back', async () => {
    await backups.row('Backed up by you').getByRole('button', { name: /Restore the backup of/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await confirm.getByRole('button', { name: 'Replace my data with this backup' }).click();
    const done = page.getByRole('dialog', { name: 'Backup restored' });
    await expect(done).toContainText('What you had before is kept as cairn-before-restore-');
    await done.getByRole('button', { name: 'Reload Cairn' }).click();
    await shell.goToDecisions();
    await list.expectLoaded();
    await expect(list.count).toHaveText('1 decision');
    await expect(list.row('0001 Use SQLite')).toBeVisible();
  });

  await test.step('the copy taken before the restore is listed, so the restore can be undone', async () => {
    await backups.open();
    await expect(backups.row('Before a restore')).toHaveCount(1);
  });
});
