import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { createHostileDecision, dangerousMarkup, expectNothingRan, watchForExecution } from './hostile-markdown';
import { SyncPage } from './models/sync-page';
import { saveScreenshot } from './screenshots';

let folder: string;
test.beforeEach(() => {
  folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-site-')), 'site');
});
test.afterEach(() => fs.rmSync(path.dirname(folder), { recursive: true, force: true }));

test('a published site shows hostile decisions as text, runs none of them, and links the supersede chain', async ({ page, api }) => {
  const hostileId = await createHostileDecision(api);
  const workspace = (await api('listWorkspaces', {}))[0];
  await api('createDecision', { workspaceId: workspace?.id as string, content: { title: 'Accept Markdown from the app only', status: 'accepted' }, links: [{ kind: 'supersedes', toId: hostileId }] });
  await page.reload();

  await test.step('publishing from the Markdown page reports the pages written, and a second run writes none', async () => {
    const sync = new SyncPage(page);
    await sync.open();
    await expect(await sync.publishSite(folder)).toContainText(/Published \d+ files to .+: \d+ written, 0 unchanged\./);
    await expect(await sync.publishSite(folder)).toContainText(/: 0 written, \d+ unchanged\./);
  });

  const signs = watchForExecution(page);
  await test.step('the decision page, opened from the folder, shows the payloads as text and runs none', async () => {
    await page.goto(pathToFileURL(path.join(folder, 'decisions', '0001.html')).href);
    await expect(page.getByRole('heading', { level: 1, name: '0001. Accept imported Markdown' })).toBeVisible();
    const text = page.locator('.markdown');
    await expect(text).toContainText('Harmless intro paragraph.');
    await expect(text).toContainText('<script>');
    await text.getByText('hover target').hover();
    await text.getByText('raw javascript link').click();
    await text.getByText('markdown javascript link').click();
    await expect(page).toHaveURL(/decisions\/0001\.html$/);
    expect(await dangerousMarkup(page.locator('main'))).toEqual([]);
    await expectNothingRan(page, signs);
    await expectNoSeriousViolations(page, 'a published decision page');
    await saveScreenshot(page, 'site-decision');
  });

  await test.step('the supersede chain leads to the newer decision, and from there to the index', async () => {
    const chain = page.getByRole('region', { name: 'Supersede chain' });
    await chain.getByRole('link', { name: '0002. Accept Markdown from the app only' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '0002. Accept Markdown from the app only' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Links' })).toContainText('Supersedes 0001. Accept imported Markdown');
    await page.getByRole('main').getByRole('link', { name: 'All decisions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: workspace?.name as string })).toBeVisible();
    await expect(page.getByRole('row', { name: /0002 Accept Markdown from the app only Accepted/ })).toBeVisible();
    await expectNoSeriousViolations(page, 'the published index');
    await saveScreenshot(page, 'site-index');
    await expectNothingRan(page, signs);
  });
});
