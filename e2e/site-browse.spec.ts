import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { createHostileDecision, expectNothingRan, watchForExecution } from './hostile-markdown';
import { publishForReadme, saveScreenshot } from './screenshots';

const CORPUS_NATS = path.resolve('../shared/corpus/nats/adr');

let scratch: string;
test.beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-site-browse-'));
});
test.afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

const fileUrl = (folder: string, page: string) => pathToFileURL(path.join(folder, ...page.split('/'))).href;
const shownRows = (page: Page) => page.locator('#decisions tbody tr:visible');

test('a reader searches and filters the published index, opens a decision and walks the graph, all from the folder', async ({ page, api, browser }) => {
  const hostileId = await createHostileDecision(api);
  const workspace = (await api('listWorkspaces', {}))[0];
  const workspaceId = workspace?.id as string;
  const mysql = await api('createDecision', { workspaceId, content: { title: 'Store payments in MySQL', status: 'accepted', date: '2023-05-01', tags: ['db'], decisionMakers: ['Ada Lovelace'] } });
  const postgres = await api('createDecision', {
    workspaceId,
    content: { title: 'Store payments in PostgreSQL', status: 'accepted', date: '2024-02-01', tags: ['db'], decisionMakers: ['Ada Lovelace'], context: 'We weigh write-ahead logging and replication.' },
    links: [{ kind: 'supersedes', toId: mysql.id }],
  });
  await api('createDecision', {
    workspaceId,
    content: { title: 'Publish payment events to Kafka', status: 'proposed', date: '2025-06-10', tags: ['events'], decisionMakers: ['Grace Hopper'] },
    links: [{ kind: 'depends-on', toId: postgres.id }, { kind: 'relates-to', toId: hostileId }],
  });
  await api('createDecision', { workspaceId, content: { title: 'Name services after rivers', status: 'accepted', date: null } });
  const site = path.join(scratch, 'site');
  await api('publishSite', { workspaceId, folder: site });

  const signs = watchForExecution(page);
  await page.goto(fileUrl(site, 'index.html'));
  const count = page.getByRole('status');

  await test.step('full-text search finds a word of a decision’s text, and a word begun', async () => {
    await expect(count).toHaveText('Showing all 5 decisions.');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('replication');
    await expect(count).toHaveText('Showing 1 of 5 decisions.');
    await expect(shownRows(page)).toHaveText([/0003\s*Store payments in PostgreSQL/]);
    await search.fill('kaf');
    await expect(shownRows(page)).toHaveText([/0004\s*Publish payment events to Kafka/]);
    await search.fill('script');
    await expect(shownRows(page)).toHaveText([/0001\s*Accept imported Markdown/]);
    await search.fill('');
    await expect(count).toHaveText('Showing all 5 decisions.');
  });

  await test.step('status, tag, person and date filters narrow the table together', async () => {
    await page.getByRole('combobox', { name: 'Tag' }).selectOption('db');
    await expect(shownRows(page)).toHaveCount(2);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('superseded');
    await expect(shownRows(page)).toHaveText([/0002\s*Store payments in MySQL/]);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('');
    await page.getByRole('combobox', { name: 'Tag' }).selectOption('');
    await page.getByRole('combobox', { name: 'Person' }).selectOption('Grace Hopper');
    await expect(shownRows(page)).toHaveText([/0004\s*Publish payment events to Kafka/]);
    await page.getByRole('combobox', { name: 'Person' }).selectOption('');
    await page.getByLabel('From date').fill('2024-01-01');
    await page.getByLabel('To date').fill('2024-12-31');
    await expect(shownRows(page)).toHaveText([/0003\s*Store payments in PostgreSQL/]);
    await expectNoSeriousViolations(page, 'the published index with filters');
  });

  await test.step('a decision opens from the table, and prints without the site’s navigation', async () => {
    await shownRows(page).getByRole('link', { name: 'Store payments in PostgreSQL' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '0003. Store payments in PostgreSQL' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Links' })).toContainText('Needed by 0004. Publish payment events to Kafka');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: '0003. Store payments in PostgreSQL' })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('the graph draws the linked decisions only, and each box opens its decision', async () => {
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Graph' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Graph' })).toBeVisible();
    const graph = page.getByRole('region', { name: 'Graph of the links' });
    await expect(graph.getByRole('link')).toHaveCount(4);
    await expect(page.getByText('Decisions without links are not drawn; the index lists them all.')).toBeVisible();
    await expectNoSeriousViolations(page, 'the published graph');
    await graph.getByRole('link', { name: /^0004\. Publish payment events to Kafka/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '0004. Publish payment events to Kafka' })).toBeVisible();
  });

  await test.step('the timeline lists the decisions by year, newest first, and those without a date', async () => {
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Timeline' }).click();
    // The hostile decision is dated the day it was made; the others by hand.
    await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: /^(?:2023|2024|2025|No date)$/ })).toHaveText(['2025', '2024', '2023', 'No date']);
    await expect(page.getByRole('region', { name: 'No date' })).toContainText('0005. Name services after rivers');
    await expectNoSeriousViolations(page, 'the published timeline');
    await expectNothingRan(page, signs);
  });

  await test.step('without JavaScript the index lists every decision and hides the filters it cannot run, and pages read the same', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const offline = await context.newPage();
    await offline.goto(fileUrl(site, 'index.html'));
    await expect(shownRows(offline)).toHaveCount(5);
    await expect(offline.getByRole('search')).toBeHidden();
    await offline.getByRole('link', { name: 'Store payments in MySQL' }).click();
    await expect(offline.getByRole('heading', { level: 1, name: '0002. Store payments in MySQL' })).toBeVisible();
    await expect(offline.getByRole('region', { name: 'Supersede chain' })).toContainText('0003. Store payments in PostgreSQL');
    await context.close();
  });
});

test('a site built from a real folder reads on a wide screen and a phone, in light and dark', async ({ page, api }) => {
  const workspace = await api('createWorkspace', { name: 'NATS architecture decisions' });
  await api('importFolder', { workspaceId: workspace.id, folder: CORPUS_NATS });
  const site = path.join(scratch, 'site');
  await api('publishSite', { workspaceId: workspace.id, folder: site, baseUrl: 'https://nats-io.github.io/nats-architecture-and-design/' });

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(fileUrl(site, 'index.html'));
  await page.getByRole('combobox', { name: 'Tag' }).selectOption('jetstream');
  await expect(page.getByRole('status')).toHaveText(/^Showing \d+ of \d+ decisions\.$/);
  publishForReadme(await saveScreenshot(page, 'site-index-wide'), 'site');

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(fileUrl(site, 'decisions/0001.html'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, `a published decision on a phone (${colorScheme})`);
    await saveScreenshot(page, `site-decision-phone-${colorScheme}`);
    await page.goto(fileUrl(site, 'index.html'));
    await expectNoSeriousViolations(page, `the published index on a phone (${colorScheme})`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(fileUrl(site, 'graph.html'));
  await saveScreenshot(page, 'site-graph-dark');
});
