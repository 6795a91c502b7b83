import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { EditorPage } from './models/editor-page';
import { openRoute } from './open-route';
import { saveScreenshot } from './screenshots';

const TEAM_TEMPLATE = [
  '# Title',
  '',
  '## Context and Problem Statement',
  '',
  'Who runs it at 3 am, and what does it cost us a year?',
  '',
  '## Considered Options',
  '',
  '* {title of option 1}',
  '* {title of option 2}',
  '',
  '## Decision Outcome',
  '',
  'Chosen option: "{title of option 1}", because {justification}.',
  '',
].join('\n');

test('a team adds its own template in the settings and starts a decision from it', async ({ page, api }) => {
  test.slow();
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Payments platform' });
  const folder = mkdtempSync(path.join(tmpdir(), 'cairn-templates-'));
  mkdirSync(path.join(folder, 'templates'));
  writeFileSync(path.join(folder, 'templates', 'template.md'), '# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nOur folder’s own words.\n\n## Decision\n\n\n## Consequences\n\n');
  await api('linkSyncFolder', { workspaceId: workspace.id, path: folder, dialect: null });
  await openRoute(page, '#/settings');
  const heading = page.getByRole('heading', { level: 1, name: 'Workspace settings' });
  await expect(heading).toBeVisible();
  const section = page.getByRole('region', { name: 'Templates' });

  await test.step('an empty state, and the folder’s template file by its name', async () => {
    await expect(section.getByRole('heading', { name: 'No team templates yet' })).toBeVisible();
    await expect(section.getByRole('list', { name: 'Template files of the linked folder' })).toContainText('templates/template.md');
    await expectNoSeriousViolations(page, 'the Templates section, empty');
    await page.setViewportSize({ width: 1440, height: 900 });
    await saveScreenshot(page, 'templates-settings-empty-1440');
  });

  const dialog = page.getByRole('dialog', { name: 'New template' });
  await test.step('a name is required, and a taken one is refused naming the field', async () => {
    await section.getByRole('button', { name: 'New template' }).click();
    await expect(dialog.getByLabel('Name')).toBeFocused();
    await dialog.getByRole('button', { name: 'Add template' }).click();
    await expect(dialog.getByText('Name is required')).toBeVisible();
    await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByLabel('Name').fill('MADR 4');
    await dialog.getByRole('button', { name: 'Add template' }).click();
    await expect(dialog.getByText(/is the name of the built-in template MADR 4/)).toBeVisible();
  });

  await test.step('the template added shows in the list by name with its dialect', async () => {
    await dialog.getByLabel('Name').fill('Lightweight');
    await dialog.getByLabel('Markdown').fill(TEAM_TEMPLATE);
    await expectNoSeriousViolations(page, 'the New template dialog');
    await dialog.getByRole('button', { name: 'Add template' }).click();
    await expect(dialog).toBeHidden();
    const team = section.getByRole('list', { name: 'Team templates' });
    await expect(team.getByRole('listitem')).toHaveText([/Lightweight\s*MADR 4/]);
    await saveScreenshot(page, 'templates-settings-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'templates-settings-390');
    await expectNoSeriousViolations(page, 'the Templates section at 390 px');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  await test.step('the New decision dialog offers it after the built-in ones, with the folder’s file', async () => {
    await page.keyboard.press('n');
    const start = page.getByRole('dialog', { name: 'New decision' });
    await expect(start.getByLabel('Title')).toBeFocused();
    const select = start.getByLabel('Template');
    await expect(select.locator('option')).toHaveText(['MADR 4', 'Nygard (adr-tools)', 'MADR 3', 'MADR 2', 'Log4brains', 'Lightweight', 'From the folder: templates/template.md']);
    await start.getByLabel('Title').fill('Use PostgreSQL for the ledger');
    await select.selectOption({ label: 'Lightweight' });
    await expect(start).toContainText('Your team’s template, written as MADR 4.');
    await saveScreenshot(page, 'templates-new-decision-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'templates-new-decision-390');
    await page.setViewportSize({ width: 1440, height: 900 });
    await start.getByRole('button', { name: 'Create' }).click();
    await expect(start).toBeHidden();
  });

  const editor = new EditorPage(page);
  await test.step('the editor starts with the template’s text, and the saved decision shows it', async () => {
    await editor.expectNew();
    await expect(editor.field('Context and Problem Statement')).toHaveValue('Who runs it at 3 am, and what does it cost us a year?');
    await editor.save();
    await expect(page.getByRole('heading', { level: 1, name: /Use PostgreSQL for the ledger/ })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Who runs it at 3 am, and what does it cost us a year?');
    // Written on save into the linked folder, in the template's dialect, with the text.
    await expect.poll(() => readdirSync(folder).filter((name) => name.endsWith('.md'))).toEqual(['0001-use-postgresql-for-the-ledger.md']);
    expect(readFileSync(path.join(folder, '0001-use-postgresql-for-the-ledger.md'), 'utf8')).toContain('Who runs it at 3 am, and what does it cost us a year?');
  });

  await test.step('deleting the template asks first, then leaves the empty state', async () => {
    await openRoute(page, '#/settings');
    await expect(heading).toBeVisible();
    await section.getByRole('button', { name: 'Delete Lightweight' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete template?' });
    await expect(confirm).toContainText('Decisions already made from it keep their text.');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(section.getByRole('heading', { name: 'No team templates yet' })).toBeVisible();
  });
});
