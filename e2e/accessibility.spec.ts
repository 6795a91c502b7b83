import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { openRoute } from './open-route';
import { AppShell } from './models/app-shell';
import { DecisionPage } from './models/decision-page';
import { DecisionsListPage } from './models/decisions-list-page';
import { EditorPage } from './models/editor-page';
import { HistoryPage } from './models/history-page';
import { ReviewPage } from './models/review-page';
import { createSampleLog, sampleName } from './sample-log';
import { saveScreenshot } from './screenshots';

test('the first-run screens have no serious accessibility violations', async ({ page }) => {
  const shell = new AppShell(page);

  await test.step('the welcome dialog', async () => {
    await expect(shell.welcomeDialog).toBeVisible();
    await expectNoSeriousViolations(page, 'the welcome dialog');
  });

  await test.step('the "create your first workspace" empty state', async () => {
    await shell.enterName('Ada Lovelace');
    await expect(page.getByRole('heading', { name: 'Create your first workspace' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the first-workspace screen');
  });

  await test.step('the empty decision list and the empty review page', async () => {
    await shell.createFirstWorkspace('Payments platform');
    await shell.goToDecisions();
    await expect(page.getByRole('heading', { name: 'No decisions yet' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the empty decision list');
    await shell.goToReview();
    await expect(new ReviewPage(page).heading).toBeVisible();
    await expectNoSeriousViolations(page, 'the empty review page');
  });

  await test.step('the new-decision dialog', async () => {
    await shell.goToDecisions();
    await page.getByRole('button', { name: 'New decision' }).first().click();
    await expect(page.getByRole('dialog', { name: 'New decision' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the new-decision dialog');
    await page.keyboard.press('Escape');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the main pages have no serious accessibility violations in the ${colorScheme} theme`, async ({ page, api }) => {
    await page.emulateMedia({ colorScheme });
    await createSampleLog(api);
    await openRoute(page, '#/decisions');
    const list = new DecisionsListPage(page);
    const decision = new DecisionPage(page);

    await test.step('decision list', async () => {
      await list.expectLoaded();
      await expect(list.row(sampleName(1))).toBeVisible();
      await expectNoSeriousViolations(page, 'the decision list');
    });

    await test.step('decision page', async () => {
      await list.row(sampleName(2)).click();
      await decision.expectShown(sampleName(2));
      await expectNoSeriousViolations(page, 'a decision page');
      if (colorScheme === 'dark') await saveScreenshot(page, 'accessibility-decision-dark');
    });

    await test.step('editor', async () => {
      await decision.edit();
      await new EditorPage(page).expectShown(sampleName(2));
      await expectNoSeriousViolations(page, 'the editor');
      await page.getByRole('button', { name: 'Cancel' }).click();
    });

    await test.step('history', async () => {
      await decision.expectShown(sampleName(2));
      await decision.openHistory();
      await new HistoryPage(page).expectShown(sampleName(2));
      await expectNoSeriousViolations(page, 'the history');
    });

    await test.step('due for review', async () => {
      await new AppShell(page).goToReview();
      await expect(new ReviewPage(page).heading).toBeVisible();
      await expectNoSeriousViolations(page, 'the review page');
    });
  });
}

/** What has the keyboard focus, and whether it shows a visible focus indicator. */
async function focused(page: Page): Promise<{ role: string; name: string; indicator: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { role: 'none', name: '', indicator: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none' && !/^rgba\(0, 0, 0, 0\) 0px 0px 0px 0px$/.test(style.boxShadow);
    const indicator = outline || ring;
    const label = (element as HTMLInputElement).labels?.[0]?.textContent;
    const name = (element.getAttribute('aria-label') ?? label ?? element.textContent ?? '').trim();
    return { role: element.tagName.toLowerCase(), name, indicator };
  });
}

/** Presses Tab until the focused element's text or label matches, checking each stop is visibly focused. */
async function tabTo(page: Page, target: RegExp, maxPresses = 60): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.role === 'none') throw new Error(`Tab went through the whole page without reaching ${target}`);
    // Focus rings fade in, so the indicator is awaited rather than read at once.
    await expect.poll(async () => (await focused(page)).indicator, { message: `focus indicator on <${now.role}> "${now.name.slice(0, 40)}"`, timeout: 2_000 }).toBe(true);
    if (target.test(now.name)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('a person creates, writes and saves a decision with the keyboard alone', async ({ page, api }) => {
  await api('setProfile', { name: 'Ada Lovelace' });
  await api('createWorkspace', { name: 'Payments platform' });
  await openRoute(page, '#/decisions');
  const list = new DecisionsListPage(page);
  const editor = new EditorPage(page);
  const decision = new DecisionPage(page);
  await list.expectLoaded();

  await test.step('Tab reaches the "New decision" button with a visible focus, Enter opens the dialog', async () => {
    await tabTo(page, /^New decision/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New decision' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Title')).toBeFocused();
  });

  await test.step('type the title, Enter starts it and lands in the editor, not saved yet', async () => {
    await page.keyboard.type('Use PostgreSQL for the ledger');
    await page.keyboard.press('Enter');
    await editor.expectNew();
  });

  await test.step('Tab into the context, type it, Ctrl+S saves', async () => {
    await tabTo(page, /^Context and Problem Statement/);
    await expect(editor.field('Context and Problem Statement')).toBeFocused();
    await page.keyboard.type('The ledger needs transactions that never lose a committed entry.');
    await page.keyboard.press('Control+s');
    // Ctrl+S is the first save: it creates the decision and gives it its number.
    await decision.expectShown('0001 Use PostgreSQL for the ledger');
    await expect(decision.text).toContainText('never lose a committed entry');
  });
});
