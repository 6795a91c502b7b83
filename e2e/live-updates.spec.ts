import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from './fixtures';
import { DecisionsListPage } from './models/decisions-list-page';
import { EditorPage } from './models/editor-page';
import { HomePage } from './models/home-page';

const ADR = (number: number, title: string) => `# ${number}. ${title}\n\nDate: 2026-11-0${number}\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nWhat follows.\n`;

test('what one tab or the API writes shows in another tab without a reload', async ({ page, api, host, browser }) => {
  // Two browser contexts on one host and an import: more than one page's worth of work.
  test.slow();
  await api('setProfile', { name: 'Ada Lovelace' });
  const workspace = await api('createWorkspace', { name: 'Live team' });
  await page.reload();
  const home = new HomePage(page);
  await home.expectShown('Live team');
  await home.expectDecisionCount(0);

  await test.step('an import through the API (its own connection, on a worker) updates the open Home', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-live-'));
    try {
      fs.writeFileSync(path.join(folder, '0001-record-architecture-decisions.md'), ADR(1, 'Record architecture decisions'));
      fs.writeFileSync(path.join(folder, '0002-use-sqlite.md'), ADR(2, 'Use SQLite'));
      await api('importFolder', { workspaceId: workspace.id, folder });
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    await home.expectDecisionCount(2);
  });

  await test.step('a decision created in a second tab shows on the first tab\'s Home and list', async () => {
    const otherContext = await browser.newContext();
    try {
      const other = await otherContext.newPage();
      await other.goto(host.url);
      const otherHome = new HomePage(other);
      await otherHome.expectShown('Live team');
      await otherHome.expectDecisionCount(2);
      const otherList = new DecisionsListPage(other);
      await otherList.expectLoaded();
      const otherEditor = new EditorPage(other);
      await otherList.newDecision('Stream changes to every tab');
      await otherEditor.saveAndExpectSaved();
      await home.expectDecisionCount(3);

      // The list open in the first tab takes in a decision the second tab creates while it is shown.
      const list = new DecisionsListPage(page);
      await list.expectRows(['0003 Stream changes to every tab', '0002 Use SQLite', '0001 Record architecture decisions']);
      await other.goBack();
      await otherList.expectLoaded();
      await otherList.newDecision('Keep two tabs in step');
      await otherEditor.saveAndExpectSaved();
      await list.expectRows(['0004 Keep two tabs in step', '0003 Stream changes to every tab', '0002 Use SQLite', '0001 Record architecture decisions']);
    } finally {
      await otherContext.close();
    }
  });
});
