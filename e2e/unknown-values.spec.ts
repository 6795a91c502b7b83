import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { openRoute } from './open-route';

const dated = (n: number, title: string, date: string) => `# ${n}. ${title}\n\nDate: ${date}\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n`;

test('the list says "No date", filters by it, and a date range and "No date" exclude each other', async ({ page, api }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-undated-'));
  fs.writeFileSync(path.join(folder, '0001-dated.md'), dated(1, 'Dated', '2025-01-10'));
  fs.writeFileSync(path.join(folder, '0002-undated.md'), '# 2. Undated\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n');
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Payments platform' });
  await api('importFolder', { workspaceId: workspace.id, folder });
  await openRoute(page, '#/decisions');

  const rows = page.getByRole('main').getByRole('link', { name: /^000[12] / });
  await expect(rows).toHaveCount(2);
  const noDate = page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: /^No date\b/ });
  await expect(noDate).toHaveAccessibleName(/^No date\W+1\W*$/);
  await noDate.check();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAccessibleName(/^0002 Undated/);
  await expect(page.getByRole('main').getByText('No date').first()).toBeVisible();

  await page.getByLabel('From').fill('2025-01-01');
  await expect(noDate).not.toBeChecked();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAccessibleName(/^0001 Dated/);

  await noDate.check();
  await expect(page.getByLabel('From')).toHaveValue('');
  await expect(rows.first()).toHaveAccessibleName(/^0002 Undated/);
  fs.rmSync(folder, { recursive: true, force: true });
});

test('a decision can be written from MADR 3, MADR 2 or Log4brains', async ({ page, api }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  await api('createWorkspace', { name: 'Payments platform' });
  await openRoute(page, '#/decisions');
  await page.getByRole('button', { name: /^New decision/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New decision' });
  await dialog.getByLabel('Title').fill('Use Kafka for events');
  const template = dialog.getByLabel('Template');
  await expect(template.locator('option')).toHaveText(['MADR 4', 'Nygard (adr-tools)', 'MADR 3', 'MADR 2', 'Log4brains']);
  await template.selectOption({ label: 'Log4brains' });
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New decision');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Use Kafka for events');
});
