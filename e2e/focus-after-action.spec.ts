import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { OperationInput } from '../shared/api/contract';
import { addDays, toCalendarDate } from '../shared/domain/calendar-date';
import { expect, test } from './fixtures';
import { AppShell } from './models/app-shell';
import { DecisionPage } from './models/decision-page';
import { GoalPage } from './models/goal-page';
import { SessionPage } from './models/session-page';
import { openRoute } from './open-route';
import { SAMPLE_METRIC, createSampleGoal } from './sample-goal';
import { createSampleLog } from './sample-log';

/**
 * After an action done in place, the focus is never dropped to the page: it stays on the control
 * or moves to what the action produced, so a keyboard or screen reader user goes on from there.
 */

/** The focus is on `expected`, and so not on the page's body. */
async function expectFocusOn(page: Page, expected: Locator): Promise<void> {
  await expect(expected).toBeFocused();
  expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
}

test('closing the welcome dialog and opening the sample workspace put the focus on the new page heading', async ({ page }) => {
  const shell = new AppShell(page);
  const main = page.getByRole('main');

  await test.step('closing the welcome dialog: the first-workspace heading', async () => {
    await shell.welcomeDialog.getByLabel('Your name').fill('Ada Lovelace');
    await shell.welcomeDialog.getByLabel('Your name').press('Enter');
    await expect(shell.welcomeDialog).toBeHidden();
    await expectFocusOn(page, main.getByRole('heading', { level: 1, name: 'Create your first workspace' }));
  });

  await test.step('opening the sample workspace: its home heading', async () => {
    await main.getByRole('button', { name: 'Open the sample workspace' }).press('Enter');
    const heading = main.getByRole('heading', { level: 1 });
    await expect(heading).not.toHaveText('Create your first workspace');
    await expectFocusOn(page, heading);
  });
});

test('changing a status, saving a check-in and exporting keep the focus on the control or its result', async ({ page, api }) => {
  const { workspaceId, ids } = await createSampleLog(api);
  const today = toCalendarDate(new Date());
  const goal = await createSampleGoal(api, workspaceId, addDays(today, -30));
  const main = page.getByRole('main');

  await test.step('a status changes on Apply, not on each arrow key, and the focus is back on the select', async () => {
    const decision = new DecisionPage(page);
    await openRoute(page, `#/decisions/${ids[1]}`);
    // Picking another status (as an arrow key in the closed select does) saves nothing yet.
    await decision.status.focus();
    await decision.status.selectOption({ label: 'Deprecated' });
    await expect(page.getByRole('status').getByText(/^Status changed/)).toHaveCount(0);
    await page.keyboard.press('Tab');
    const apply = main.getByRole('button', { name: 'Apply', exact: true });
    await expect(apply).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').getByText('Status changed to Deprecated')).toBeVisible();
    await expectFocusOn(page, decision.status);
    await expect(apply).toBeDisabled();
  });

  await test.step('saving a check-in: the saved row of the history', async () => {
    const goalPage = new GoalPage(page);
    await openRoute(page, `#/goals/${goal.goal.id}`);
    await goalPage.fillCheckIn(addDays(today, -2), { [SAMPLE_METRIC]: '4' });
    await goalPage.checkInDialog.getByLabel(`${SAMPLE_METRIC}: value`).press('Enter');
    await expect(goalPage.checkInDialog).toBeHidden();
    await expectFocusOn(page, goalPage.checkInRows().filter({ hasText: addDays(today, -2) }).first());
  });

  await test.step('exporting: the line that says what was written', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-focus-export-'));
    await openRoute(page, '#/sync');
    const exportPanel = main.getByRole('region', { name: 'Export to a folder' });
    await exportPanel.getByLabel('Folder').fill(folder);
    await exportPanel.getByRole('button', { name: 'Export' }).press('Enter');
    await expectFocusOn(page, exportPanel.getByText(/^Exported to /));
  });
});

test('in a session, starting a vote, casting, revealing and the ] shortcut move the focus to what comes next', async ({ page, api }) => {
  const { workspaceId } = await createSampleLog(api);
  const created = await api('createSession', { workspaceId, title: 'Pick a message broker' });
  const act = (action: OperationInput<'changeSession'>['action']) => api('changeSession', { id: created.id, action });
  for (const name of ['Ada', 'Grace']) await act({ type: 'addParticipant', name, role: 'decision-maker' });
  for (const name of ['Kafka', 'RabbitMQ']) await act({ type: 'addOption', name });
  await act({ type: 'goToPhase', phase: 'evaluate' });
  const session = new SessionPage(page);
  await openRoute(page, `#/sessions/${created.id}`);
  await session.expectPhase('Evaluate');
  const main = session.main;

  await test.step('starting the agreement vote: the ballot', async () => {
    await main.getByRole('button', { name: 'Start the vote' }).press('Enter');
    await expectFocusOn(page, main.getByRole('form', { name: 'Ballot' }).getByLabel('Voter'));
  });

  await test.step('casting: the next voter, then the reveal button', async () => {
    const ballot = main.getByRole('form', { name: 'Ballot' });
    await ballot.getByRole('radio', { name: /^5 / }).check();
    await ballot.getByRole('button', { name: "Cast Ada's vote" }).press('Enter');
    await expect(ballot.getByLabel('Voter').locator('option:checked')).toHaveText('Grace');
    await expectFocusOn(page, ballot.getByLabel('Voter'));
    await ballot.getByRole('radio', { name: /^4 / }).check();
    await ballot.getByRole('button', { name: "Cast Grace's vote" }).press('Enter');
    await expectFocusOn(page, main.getByRole('button', { name: 'Reveal 2 votes' }));
  });

  await test.step('revealing: the results', async () => {
    await main.getByRole('button', { name: 'Reveal 2 votes' }).press('Enter');
    await expectFocusOn(page, main.getByRole('group', { name: 'Vote results' }));
  });

  await test.step('dot voting: the ballot, then the results', async () => {
    await main.getByRole('button', { name: 'Start dot voting' }).press('Enter');
    const dotBallot = main.getByRole('form', { name: 'Dot ballot' });
    await expectFocusOn(page, dotBallot.getByLabel('Voter'));
    for (const voter of ['Ada', 'Grace']) {
      // The ballot empties once the last cast is saved: fill it for this voter only after that.
      await expect(dotBallot.getByLabel('Voter').locator('option:checked')).toHaveText(voter);
      await expect(dotBallot.getByLabel('Kafka')).toHaveValue('0');
      await dotBallot.getByLabel('Kafka').fill('3');
      await dotBallot.getByRole('button', { name: `Cast ${voter}'s dots` }).press('Enter');
    }
    const reveal = main.getByRole('button', { name: 'Reveal the dots of 2 people' });
    await expectFocusOn(page, reveal);
    await reveal.press('Enter');
    await expectFocusOn(page, main.getByRole('table', { name: 'Dot results' }));
  });

  await test.step('the ] shortcut: the next phase heading', async () => {
    await page.keyboard.press(']');
    await session.expectPhase('Outcome');
    await expectFocusOn(page, main.getByRole('heading', { level: 2, name: 'Outcome', exact: true }));
  });
});
