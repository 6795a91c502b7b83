import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { DecisionPage } from './models/decision-page';
import { DecisionsListPage } from './models/decisions-list-page';
import { EditorPage } from './models/editor-page';
import { NewDecisionDialog } from './models/new-decision-dialog';
import { openRoute } from './open-route';
import { watcherFirstSync } from './watcher-first-sync';

test('a new decision discarded before its first save leaves nothing: no row, no number used, no file', async ({ page, api }) => {
  test.slow();
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Payments platform' });
  await api('createDecision', { workspaceId: workspace.id, content: { title: 'Use MySQL for the ledger' } });
  const folder = mkdtempSync(path.join(tmpdir(), 'cairn-new-decision-'));
  // The folder writes each save at once (the default), so any record kept would show up as a file.
  await api('linkSyncFolder', { workspaceId: workspace.id, path: folder, dialect: 'madr4' });
  await api('syncWorkspace', { workspaceId: workspace.id });
  await watcherFirstSync(api, page, workspace.id);
  const filesBefore = readdirSync(folder).sort();
  expect(filesBefore).toEqual(['0001-use-mysql-for-the-ledger.md']);

  const list = new DecisionsListPage(page);
  const editor = new EditorPage(page);
  const decision = new DecisionPage(page);
  await openRoute(page, '#/decisions');
  await list.expectRows(['0001 Use MySQL for the ledger']);

  await test.step('New decision, a title, Create: the editor says the number comes with the save', async () => {
    await list.newDecision('Use PostgreSQL for the ledger');
    await editor.expectNew();
    await expect(editor.preview.getByRole('heading', { name: 'Use PostgreSQL for the ledger', exact: true })).toBeVisible();
    await expectNoSeriousViolations(page, 'the editor of a new decision');
  });

  await test.step('typed into, then Cancel and Discard: back on the list, which has no new decision', async () => {
    await editor.fill({ sections: { 'Context and Problem Statement': 'The ledger needs transactions.' } });
    await page.getByRole('button', { name: 'Cancel' }).click();
    const discard = page.getByRole('dialog', { name: 'Discard changes?' });
    await expect(discard).toContainText('its number stays free');
    await discard.getByRole('button', { name: 'Discard' }).click();
    await list.expectRows(['0001 Use MySQL for the ledger']);
  });

  await test.step('by keyboard: n, a title, Enter, then Escape with nothing typed leaves at once', async () => {
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New decision' });
    await expect(dialog.getByLabel('Title')).toBeFocused();
    await page.keyboard.type('Use CockroachDB for the ledger');
    await page.keyboard.press('Enter');
    await editor.expectNew();
    await page.keyboard.press('Escape');
    await list.expectRows(['0001 Use MySQL for the ledger']);
  });

  await test.step('started from Supersede and cancelled: the old decision links to nothing', async () => {
    await list.open('0001 Use MySQL for the ledger');
    await decision.supersedeWith('0001', 'Use PostgreSQL for the ledger');
    await expect(page.getByText('Supersedes 0001 Use MySQL for the ledger. Not saved yet: its number is assigned when you save.')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await decision.expectShown('0001 Use MySQL for the ledger');
    await expect(decision.link('Being superseded by', '0002 Use PostgreSQL for the ledger')).toHaveCount(0);
  });

  await test.step('nothing was stored and no file written; the next number is still free', async () => {
    expect((await api('listDecisionRows', { workspaceId: workspace.id })).map((row) => row.number)).toEqual([1]);
    expect(readdirSync(folder).sort()).toEqual(filesBefore);
    await openRoute(page, '#/decisions');
    await list.newDecision('Use PostgreSQL for the ledger');
    await editor.saveAndExpectSaved();
    await decision.expectShown('0002 Use PostgreSQL for the ledger');
    // Written on save by the host's watcher, in its own time.
    await expect.poll(() => readdirSync(folder).sort()).toEqual([...filesBefore, '0002-use-postgresql-for-the-ledger.md']);
  });

  await test.step('a reload of the unsaved editor\'s address shows that none is open, and the way to start one', async () => {
    await openRoute(page, '#/decisions/new');
    await expect(page.getByRole('heading', { level: 1, name: 'No new decision is open' })).toBeVisible();
    await page.getByRole('main').getByRole('button', { name: 'New decision' }).click();
    await new NewDecisionDialog(page).create('Use SQLite for the ledger');
    await editor.expectNew();
  });
  rmSync(folder, { recursive: true, force: true });
});
