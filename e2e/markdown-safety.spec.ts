import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createHostileDecision, dangerousMarkup, expectNothingRan, watchForExecution } from './hostile-markdown';
import { DecisionPage } from './models/decision-page';
import { EditorPage } from './models/editor-page';
import { saveScreenshot } from './screenshots';

/** Shows the decision arranged through the API: the app reads the new data on a fresh load. */
async function openDecision(page: Page, id: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/decisions/${id}`);
  await page.reload();
}

test('hostile Markdown in a decision is shown as harmless text on the decision page and in the editor preview', async ({ page, api }) => {
  const signs = watchForExecution(page);
  const id = await createHostileDecision(api);
  const decision = new DecisionPage(page);

  await test.step('the decision page renders the text and runs none of it', async () => {
    await openDecision(page, id);
    await decision.expectShown('0001 Accept imported Markdown');
    await expect(decision.text).toContainText('Harmless intro paragraph.');
    await expect(decision.text).toContainText('raw javascript link');
    await expect(decision.text).toContainText('details summary');
    // Hover and click what tried to react to it: handlers and javascript: links are gone.
    await decision.text.getByText('hover target').hover();
    await decision.text.getByText('raw javascript link').click();
    await decision.text.getByText('markdown javascript link').click();
    await expect(page).toHaveURL(new RegExp(`#/decisions/${id}$`));
    expect(await dangerousMarkup(decision.text)).toEqual([]);
    await saveScreenshot(page, 'markdown-safety-decision');
    await expectNothingRan(page, signs);
  });

  await test.step('the editor preview is sanitised the same way', async () => {
    await decision.edit();
    const editor = new EditorPage(page);
    await editor.expectShown('0001 Accept imported Markdown');
    await expect(editor.preview).toContainText('Harmless intro paragraph.');
    expect(await dangerousMarkup(editor.preview)).toEqual([]);
    await expectNothingRan(page, signs);
  });
});

test('links to web sites open apart from the app, without a way back to it', async ({ page, api, context }) => {
  const signs = watchForExecution(page);
  const id = await createHostileDecision(api);
  await openDecision(page, id);
  const decision = new DecisionPage(page);
  await decision.expectShown('0001 Accept imported Markdown');

  for (const name of ['MADR', 'a link that asks for its opener']) {
    const link = decision.text.getByRole('link', { name });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  const internal = decision.text.getByRole('link', { name: 'all decisions' });
  await expect(internal).toHaveAttribute('href', '#/decisions');
  await expect(internal).not.toHaveAttribute('target', /.*/);

  // No network here: the external site is answered by the test, which reports what the page saw.
  await context.route('https://adr.github.io/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>MADR</title><p>external</p>' }),
  );
  const popupOpened = page.waitForEvent('popup');
  await decision.text.getByRole('link', { name: 'MADR' }).click();
  const popup = await popupOpened;
  await popup.waitForLoadState();
  expect(await popup.evaluate(() => ({ opener: window.opener === null, referrer: document.referrer }))).toEqual({ opener: true, referrer: '' });
  await expect(page).toHaveURL(new RegExp(`#/decisions/${id}$`));
  await expectNothingRan(page, signs);
});
