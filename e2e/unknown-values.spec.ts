import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectNoSeriousViolations } from './axe-check';
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

test('a dateless record committed to git shows the day of that commit, "from git history", on its page, in the list and on the timeline', async ({ page, api }) => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-git-dated-'));
  const folder = path.join(repo, 'docs', 'adr');
  fs.mkdirSync(folder, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Ada', '-c', 'user.email=ada@example.com', ...args], { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: '2021-03-04T10:00:00+01:00', GIT_COMMITTER_DATE: '2021-03-04T10:00:00+01:00' }, stdio: 'ignore' });
  const text = '# 1. Use Postgres\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a database.\n\n## Decision\n\nPostgres.\n';
  fs.writeFileSync(path.join(folder, '0001-use-postgres.md'), text);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'Record Postgres');
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Payments platform' });
  const report = await api('importFolder', { workspaceId: workspace.id, folder });
  const id = report.files[0]?.decisionId as string;

  await openRoute(page, `#/decisions/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Use Postgres');
  await expect(page.getByText('2021-03-04 (from git history)')).toBeVisible();

  await openRoute(page, '#/decisions');
  await expect(page.getByRole('main').getByRole('link', { name: /^0001 / })).toBeVisible();
  // A narrow column: the words are the date's tooltip and read out, an asterisk beside it.
  await expect(page.getByRole('main').getByTitle('2021-03-04, from git history')).toBeVisible();

  await openRoute(page, '#/timeline');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByTitle('2021-03-04, from git history')).toBeVisible();
  await expectNoSeriousViolations(page, 'timeline with a date from git history');
  // Nothing was written into the file: it is as committed.
  expect(fs.readFileSync(path.join(folder, '0001-use-postgres.md'), 'utf8')).toBe(text);
  fs.rmSync(repo, { recursive: true, force: true });
});
