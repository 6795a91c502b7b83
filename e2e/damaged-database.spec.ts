import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { flipBytes, integrityOf } from '../electron/core/testing/damaged-database-file';
import { hostApi } from './host-api';
import { startWebHost } from './web-host-process';
import { saveScreenshot } from './screenshots';

// Issue 21: the web host opened a damaged database and wrote on. Now it starts, refuses everything
// but the way back, and the app shows that way: restore the newest sound backup, keeping the file.
test('a person whose database is damaged restores the newest sound backup and finds the data again', async ({ page, request }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-damaged-'));
  try {
    await test.step('arrange: data, a backup of it, then damage on disk while no host runs', async () => {
      const { host, stop } = await startWebHost({ dataDir });
      try {
        const api = hostApi(request, host);
        await api('setProfile', { name: 'Ada Lovelace' });
        const workspace = await api('createWorkspace', { name: 'Platform' });
        for (let n = 1; n <= 300; n++) {
          await api('createDecision', { workspaceId: workspace.id, content: { title: `Decision ${n} ${'about the storage layer '.repeat(8)}` } });
        }
        await api('backupNow', {});
      } finally {
        await stop();
      }
      const dbPath = path.join(dataDir, 'cairn.db');
      flipBytes(dbPath, { seed: 2, from: Math.floor(fs.statSync(dbPath).size / 2) });
      expect(integrityOf(dbPath)).not.toBe('ok');
    });

    const { host, stop } = await startWebHost({ dataDir });
    try {
      await page.goto(host.url);
      await test.step('the app says what is wrong and offers the newest backup that passes its check', async () => {
        await expect(page.getByRole('heading', { level: 1, name: 'Cairn’s database is damaged' })).toBeVisible();
        await expect(page.getByRole('main')).toContainText('Cairn did not write to it');
        await expect(page.getByRole('main')).toContainText('The newest backup that passes its check is from');
        await saveScreenshot(page, 'damaged-database');
      });

      await test.step('starting empty asks first and can be cancelled', async () => {
        await page.getByRole('button', { name: 'Start with an empty database…' }).click();
        const confirm = page.getByRole('dialog', { name: 'Start with an empty database?' });
        await expect(confirm).toContainText('The damaged file is moved aside, not deleted');
        await confirm.getByRole('button', { name: 'Cancel' }).click();
        await expect(confirm).toBeHidden();
      });

      await test.step('restoring puts the backup in place, keeps the damaged file, and the data is back', async () => {
        await page.getByRole('button', { name: 'Restore this backup' }).click();
        await expect(page.getByRole('main')).toContainText('The damaged file is kept as');
        const kept = fs.readdirSync(dataDir).filter((name) => /^cairn-damaged-.*\.db$/.test(name));
        expect(kept).toHaveLength(1);
        await page.getByRole('button', { name: 'Open Cairn' }).click();
        await expect(page.getByRole('banner').getByRole('button', { name: 'Data & backups' })).toBeVisible();
        const found = await hostApi(request, host)('listWorkspaces', {});
        expect(found.map((workspace) => workspace.name)).toEqual(['Platform']);
        expect(integrityOf(path.join(dataDir, 'cairn.db'))).toBe('ok');
      });
    } finally {
      await stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
