import { addDays, toCalendarDate } from '../shared/domain/calendar-date';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import type { HostApi } from './host-api';
import { openRoute } from './open-route';
import { AppShell } from './models/app-shell';
import { FormModel, openFormDialog } from './models/form-model';
import { createSampleGoal, SAMPLE_METRIC } from './sample-goal';
import { saveScreenshot } from './screenshots';

/**
 * Every form ties a refused submit to the field it is about: the field is marked invalid, the
 * message under it is its description, in plain words that name it, and the focus goes to it.
 * An error about no field shows in the form's alert. A dialog gives the focus back on closing.
 */

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

async function workspaceWithDecisions(api: HostApi) {
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Payments platform' });
  const first = await api('createDecision', { workspaceId: workspace.id, content: { title: 'Use PostgreSQL for the ledger', status: 'accepted' } });
  const second = await api('createDecision', {
    workspaceId: workspace.id,
    content: { title: 'Use CockroachDB for the ledger' },
    links: [{ kind: 'supersedes', toId: first.id }],
  });
  return { workspace, first, second };
}

test('first start: the name and the first workspace say what is missing, at the field', async ({ page, api }) => {
  const shell = new AppShell(page);

  await test.step('the welcome dialog (the profile name)', async () => {
    const welcome = new FormModel(shell.welcomeDialog);
    await welcome.submit('Continue');
    await welcome.expectFieldError('Your name', 'Your name is required');
    await shell.enterName('Ada Lovelace');
  });

  await test.step('the first-workspace page', async () => {
    const first = new FormModel(page.getByRole('main'));
    await first.submit('Create workspace');
    await first.expectFieldError('Workspace name', 'Workspace name is required');
    await shell.createFirstWorkspaceAndStayHome('Payments platform');
  });

  await test.step('the new-workspace dialog refuses a name in use, and gives the focus back', async () => {
    const form = await openFormDialog(page.getByRole('banner').getByRole('button', { name: 'New workspace' }), page.getByRole('dialog', { name: 'New workspace' }));
    await form.field('Workspace name').fill('Payments platform');
    await form.submit('Create workspace');
    await form.expectFieldError('Workspace name', 'A workspace named "Payments platform" already exists');
  });
  expect(await api('listWorkspaces', {})).toHaveLength(1);
});

test('decision forms: a new decision and the editor', async ({ page, api }) => {
  const { first } = await workspaceWithDecisions(api);
  await openRoute(page, '#/decisions');

  await test.step('new decision: a blank title, then one that is too long; screenshots of the error', async () => {
    const form = await openFormDialog(page.getByRole('button', { name: 'New decision' }), page.getByRole('dialog', { name: 'New decision' }));
    await form.submit('Create');
    await form.expectFieldError('Title', 'Title is required');
    await form.field('Title').fill('x'.repeat(301));
    await form.submit('Create');
    await form.expectFieldError('Title', 'Title is too long: at most 300 characters');
    await expect(form.root).not.toContainText('content.title');
    await expectNoSeriousViolations(page, 'the new-decision dialog with an error');
    await page.setViewportSize(WIDE);
    await saveScreenshot(page, 'form-error-new-decision-1440');
    await page.setViewportSize(PHONE);
    await saveScreenshot(page, 'form-error-new-decision-390');
    await page.setViewportSize(WIDE);
    await form.submit('Cancel');
  });

  await test.step('the editor: a blank title, and a save refused because someone saved first (no field: the alert)', async () => {
    await openRoute(page, `#/decisions/${first.id}/edit`);
    const editor = new FormModel(page.getByRole('main').locator('form'));
    await editor.field('Title').fill('   ');
    await editor.submit('Save');
    await editor.expectFieldError('Title', 'Title is required');

    const current = await api('getDecision', { id: first.id });
    await api('updateDecision', { id: first.id, baseRevision: current.revision, changes: { context: 'Changed by someone else.' } });
    await editor.field('Title').fill('Use PostgreSQL for the ledger and the audit log');
    await editor.submit('Save');
    await expect(editor.alert()).toContainText('was changed since you opened it');
    await expect(editor.field('Title')).not.toHaveAttribute('aria-invalid');
    await expect(page.getByRole('button', { name: 'Load the latest revision' })).toBeVisible();
  });

});

test('decision page forms: custom status, add link, and starting a session', async ({ page, api }) => {
  const { first, second } = await workspaceWithDecisions(api);

  await test.step('custom status: a built-in name is refused at the field', async () => {
    await openRoute(page, `#/decisions/${second.id}`);
    const form = await openFormDialog(page.getByRole('button', { name: 'Add custom status…' }), page.getByRole('dialog', { name: 'Custom status' }));
    await form.field('Status name').fill('Accepted');
    await form.submit('Add status');
    await form.expectFieldError('Status name', '"accepted" is a built-in status already; custom statuses add new ones');
    await form.submit('Cancel');
  });

  await test.step('add link: no decision chosen, then a link that would close a supersedes circle', async () => {
    await openRoute(page, `#/decisions/${first.id}`);
    const form = await openFormDialog(page.getByRole('button', { name: 'Add link' }), page.getByRole('dialog', { name: 'Add link' }));
    await expect(form.field('Decision')).toBeEnabled();
    await form.submit('Add link');
    await form.expectFieldError('Decision', 'Choose the decision to link to');
    await form.field('Link type').selectOption({ label: 'Supersedes' });
    await form.field('Decision').selectOption({ label: '0002 Use CockroachDB for the ledger' });
    await form.submit('Add link');
    await form.expectFieldError(
      'Decision',
      '0001 cannot supersede 0002: 0002 already supersedes 0001 (directly or through other decisions), and supersedes links may not form a cycle',
    );
    await form.submit('Cancel');
  });

  await test.step('start session: a new decision needs its title', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
    const form = await openFormDialog(page.getByRole('main').getByRole('button', { name: 'Start a session' }).first(), page.getByRole('dialog', { name: 'Start a decision session' }));
    await form.submit('Start the session');
    await form.expectFieldError('What are you deciding?', 'Title is required');
  });
});

test('the goal editor: a number that is not one, then a blank goal', async ({ page, api }) => {
  const { workspace } = await workspaceWithDecisions(api);
  const view = await createSampleGoal(api, workspace.id, addDays(toCalendarDate(new Date()), -14));

  await openRoute(page, `#/goals/${view.goal.id}/edit`);
  const editor = new FormModel(page.getByRole('main').locator('form'));
  await editor.field('Sprint length (days)').fill('two weeks');
  await editor.submit('Save goal');
  await editor.expectFieldError('Sprint length (days)', 'Sprint length: "two weeks" is not a number');
  await editor.field('Sprint length (days)').fill('14');
  await editor.field('Goal').fill('');
  await editor.submit('Save goal');
  await editor.expectFieldError('Goal', 'Goal is required');
  await expect(editor.field('Sprint length (days)')).not.toHaveAttribute('aria-invalid');
});

test('goal page forms: the check-in and linking a decision', async ({ page, api }) => {
  const { workspace } = await workspaceWithDecisions(api);
  const start = addDays(toCalendarDate(new Date()), -14);
  const view = await createSampleGoal(api, workspace.id, start);

  await test.step('the check-in: a value that is not a number, then a date before the goal starts; screenshots', async () => {
    await openRoute(page, `#/goals/${view.goal.id}`);
    const form = await openFormDialog(page.getByRole('main').getByRole('button', { name: 'Check in' }), page.getByRole('dialog', { name: /^Check in:/ }));
    await form.field(`${SAMPLE_METRIC}: value`).fill('lots');
    await form.submit('Save check-in');
    await form.expectFieldError(`${SAMPLE_METRIC}: value`, `${SAMPLE_METRIC}: "lots" is not a number.`);
    await expectNoSeriousViolations(page, 'the check-in dialog with an error');
    await page.setViewportSize(WIDE);
    await saveScreenshot(page, 'form-error-check-in-1440');
    await page.setViewportSize(PHONE);
    await saveScreenshot(page, 'form-error-check-in-390');
    await page.setViewportSize(WIDE);

    await form.field(`${SAMPLE_METRIC}: value`).fill('3');
    await form.field('Date').fill(addDays(start, -1));
    await form.submit('Save check-in');
    await form.expectFieldError('Date', `A check-in on ${addDays(start, -1)} comes before the goal starts (${start})`);
    await expect(form.field(`${SAMPLE_METRIC}: value`)).not.toHaveAttribute('aria-invalid');
    await form.submit('Cancel');
  });

  await test.step('link a decision: one must be chosen', async () => {
    const form = await openFormDialog(page.getByRole('button', { name: 'Link a decision' }), page.getByRole('dialog', { name: 'Link a decision' }));
    await expect(form.field('Decision')).toBeEnabled();
    await form.submit('Link decision');
    await form.expectFieldError('Decision', 'Choose the decision to link to');
  });
});

test('the rotation form: a blank name, then a time zone this computer does not know', async ({ page, api }) => {
  await workspaceWithDecisions(api);
  await openRoute(page, '#/rotations');
  const form = await openFormDialog(page.getByRole('main').getByRole('button', { name: 'New rotation' }).first(), page.getByRole('dialog', { name: 'New rotation' }));
  await form.field('Members, in order').fill('Ada\nGrace');
  await form.submit('Create rotation');
  await form.expectFieldError('Name', 'Name the rotation');

  await form.field('Name').fill('Friday teaching');
  await form.field('Time zone').fill('Mars/Olympus_Mons');
  await form.submit('Create rotation');
  await form.expectFieldError('Time zone', 'Enter a time zone this computer knows, like Europe/Berlin');
  await expect(form.field('Name')).not.toHaveAttribute('aria-invalid');
});
