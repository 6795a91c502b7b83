import { addDays, toCalendarDate } from '../shared/domain/calendar-date';
import { expect, test } from './fixtures';
import { AppShell } from './models/app-shell';
import { CommandPalette } from './models/command-palette';
import { HistoryPage } from './models/history-page';
import { ReviewPage } from './models/review-page';
import { openRoute } from './open-route';

/**
 * Keeping a decision log true over time: reviews marked or snoozed, an earlier revision brought
 * back, the check's findings shown before CI shows them, the theme, and the palette's actions.
 */

test('a due review is marked reviewed or snoozed, and the history says who reviewed it', async ({ page, api }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Platform' });
  const today = toCalendarDate(new Date());
  const kafka = await api('createDecision', { workspaceId: workspace.id, content: { title: 'Use Kafka', context: 'Events.', outcome: 'Kafka.', reviewBy: addDays(today, -3) } });
  await api('createDecision', { workspaceId: workspace.id, content: { title: 'Use Redis', context: 'Cache.', outcome: 'Redis.', reviewBy: addDays(today, -1) } });
  const review = new ReviewPage(page);
  const shell = new AppShell(page);
  await openRoute(page, '#/review');
  await expect(review.heading).toBeVisible();
  const due = review.section('Due now');

  await test.step('mark reviewed, with the next review proposed half a year on', async () => {
    await due.getByRole('button', { name: 'Mark reviewed: 0001 Use Kafka' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark reviewed' });
    await expect(dialog.getByLabel('Next review by')).toHaveValue(addDays(today, 182));
    await dialog.getByLabel('Next review by').fill(addDays(today, 90));
    await dialog.getByRole('button', { name: 'Mark reviewed' }).click();
    await expect(dialog).toBeHidden();
    await expect(shell.toast(`Marked 0001 Use Kafka reviewed; next review by ${addDays(today, 90)}`).last()).toBeVisible();
    await expect(due.getByRole('link', { name: '0001 Use Kafka' })).toBeHidden();
  });

  await test.step('snooze the other for a week: it leaves the due list and comes up later', async () => {
    await due.getByRole('button', { name: 'Snooze a week: 0002 Use Redis' }).click();
    await expect(shell.toast(`Review of 0002 Use Redis snoozed until ${addDays(today, 7)}`).last()).toBeVisible();
    await expect(page.getByText('Nothing is due for review')).toBeVisible();
    await expect(review.section(/Coming up/).getByRole('link', { name: '0002 Use Redis' })).toBeVisible();
  });

  await test.step('the history names the reviewer', async () => {
    await openRoute(page, `#/decisions/${kafka.id}/history`);
    const history = new HistoryPage(page);
    await expect(history.revision(2)).toContainText('Ada Lovelace');
    await expect(history.revision(2)).toContainText(`Reviewed; next review by ${addDays(today, 90)}`);
  });
});

test('an earlier revision is restored as a new one, after a confirmation that says what stays', async ({ page, api }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Platform' });
  const decision = await api('createDecision', { workspaceId: workspace.id, content: { title: 'Use PostgreSQL', context: 'We need transactions.', outcome: 'PostgreSQL.' } });
  await api('updateDecision', { id: decision.id, baseRevision: 1, changes: { title: 'Use MySQL', context: 'Cheaper hosting.' } });
  await openRoute(page, `#/decisions/${decision.id}/history`);
  await expect(new HistoryPage(page).revision(2)).toBeVisible();
  await page.getByRole('radio', { name: 'Compare from revision 1', exact: true }).check();
  await page.getByRole('button', { name: 'Restore revision 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore revision 1?' });
  await expect(dialog).toContainText('This is saved as revision 3; revision 2 stays in the history.');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('0001 Use PostgreSQL');
  await expect(page.getByRole('main').getByText('We need transactions.')).toBeVisible();
  await expect(new AppShell(page).toast('Restored revision 1 of 0001 Use PostgreSQL as revision 3').last()).toBeVisible();
});

test('the decision page and the list show what cairn check would find, with the fix', async ({ page, api }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Platform' });
  const decision = await api('createDecision', { workspaceId: workspace.id, template: 'nygard', content: { title: 'Use Kafka', context: 'Events.', outcome: 'Kafka.' } });
  await openRoute(page, '#/decisions');
  const findings = page.getByRole('group').filter({ hasText: 'Check: 1 error in 1 decision' });
  await expect(page.getByText('Check: 1 error in 1 decision')).toBeVisible();
  await page.getByText('Check: 1 error in 1 decision').click();
  await expect(findings.getByRole('link', { name: '0001' })).toBeVisible();

  await openRoute(page, `#/decisions/${decision.id}`);
  const section = page.getByRole('region', { name: 'Check: 1 error' });
  await expect(section).toContainText('the required section "Consequences" is missing');
  await section.getByRole('link', { name: 'Write it' }).click();
  await page.getByLabel('Consequences').fill('One more system to run.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('0001 Use Kafka');
  await expect(page.getByRole('region', { name: /^Check:/ })).toHaveCount(0);
});

test('the list asks for the workspace check only once its rows have come, so a large log shows its rows first', async ({ page, api }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Platform' });
  await api('createDecision', { workspaceId: workspace.id, template: 'nygard', content: { title: 'Use Kafka', context: 'Events.', outcome: 'Kafka.' } });
  await openRoute(page, '#/decisions');
  await expect(page.getByText('Check: 1 error in 1 decision')).toBeVisible();

  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const searched = new Promise<void>((resolve) => {
    void page.route('**/api/searchDecisions', async (route) => {
      resolve();
      await held;
      await route.continue();
    });
  });
  await page.reload();
  await searched;
  // Two frames and a task: whatever the page asks for beside the list's first page has been sent by then.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
  expect(asked).not.toContain('/api/getWorkspaceCheck');
  release();
  await expect(page.getByRole('list', { name: 'Decisions' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Check: 1 error in 1 decision')).toBeVisible();
  expect(asked).toContain('/api/getWorkspaceCheck');
});

test('the theme follows the system until one is chosen, and the choice lasts', async ({ page, api }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  await api('createWorkspace', { name: 'Platform' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openRoute(page, '#/decisions');
  await expect(page.getByRole('heading', { level: 1, name: 'Decisions' })).toBeVisible();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const systemDark = await background();

  const toggle = page.getByRole('button', { name: /^Theme: / });
  await expect(toggle).toHaveAccessibleName('Theme: System');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Theme: Light');
  expect(await background()).not.toBe(systemDark);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Decisions' })).toBeVisible();
  expect(await background()).not.toBe(systemDark);

  const palette = new CommandPalette(page);
  await palette.open();
  await palette.find('dark');
  await palette.input.press('Enter');
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
  expect(await background()).toBe(systemDark);
});

test('the palette runs actions, each group labelled once, and ↓ goes from the search field into the results', async ({ page, api }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Platform' });
  await api('createDecision', { workspaceId: workspace.id, content: { title: 'Use Kafka', context: 'Events.', outcome: 'Kafka.' } });
  await openRoute(page, '#/decisions');
  await expect(page.getByRole('heading', { level: 1, name: 'Decisions' })).toBeVisible();
  const palette = new CommandPalette(page);

  await palette.open();
  await palette.find('sync');
  await expect(palette.dialog.getByRole('group', { name: 'Actions' })).toHaveCount(1);
  await expect(palette.dialog.getByText('Actions', { exact: true })).toHaveCount(1);
  await palette.option('Sync now').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Markdown files' })).toBeVisible();
  await expect(new AppShell(page).toast('No folder is linked yet: link one under Synced folder, then sync.').last()).toBeVisible();

  await palette.open();
  await palette.find('export');
  await palette.input.press('Enter');
  await expect(page.getByRole('region', { name: 'Export to a folder' }).getByLabel('Folder')).toBeFocused();

  await openRoute(page, '#/decisions');
  // ↓ goes to a row that is there: the first page of results arrives after the field.
  const row = page.getByRole('link', { name: '0001 Use Kafka' });
  await expect(row).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search decisions' }).press('ArrowDown');
  await expect(row).toBeFocused();
});
