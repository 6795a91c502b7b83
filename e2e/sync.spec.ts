import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { DecisionsListPage } from './models/decisions-list-page';
import { SyncPage } from './models/sync-page';
import { saveScreenshot } from './screenshots';
import { watcherFirstSync } from './watcher-first-sync';

const CORPUS_ADR_TOOLS = path.resolve('../shared/corpus/adr-tools-repo/doc/adr');
const SHELL = '0002-implement-as-shell-scripts.md';

test('a team imports its adr-tools folder, syncs a hand edit and settles a conflict', async ({ page, api }) => {
  // One journey through every sync case (import, plan, watcher, conflict, renumber, a folder gone for a while).
  test.slow();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-adr-'));
  fs.cpSync(CORPUS_ADR_TOOLS, folder, { recursive: true });
  fs.writeFileSync(path.join(folder, '0010-broken.md'), Buffer.from([0x23, 0x20, 0x00]));
  try {
    await api('setProfile', { name: 'Ada Lovelace' });
    const workspace = await api('createWorkspace', { name: 'adr-tools' });
    // This journey shows app edits waiting for Sync now, and an edit on both sides becoming a conflict.
    await api('updateWorkspace', { id: workspace.id, writeFilesOnSave: false });
    await page.reload();
    const sync = new SyncPage(page);
    const list = new DecisionsListPage(page);

    await test.step('preview the import: what each file holds, and what cannot be read', async () => {
      await sync.open();
      await expect(sync.folderSection.getByLabel('Folder')).toBeVisible();
      await sync.previewImport(folder);
      await expect(sync.importSection.getByRole('status')).toContainText('Will import 9 of 10 files');
      const first = sync.reportRow('0001-record-architecture-decisions.md');
      await expect(first).toContainText('Imported');
      await expect(first).toContainText('Record architecture decisions');
      await expect(first).toContainText('2016-02-12');
      await expect(sync.reportRow('0010-broken.md')).toContainText('0010-broken.md is a binary file (a NUL byte at line 1), not Markdown');
      await saveScreenshot(page, 'sync-import-preview');
      await expectNoSeriousViolations(page, 'the import preview');
    });

    await test.step('import, and find the decisions in the list', async () => {
      await sync.importSection.getByRole('button', { name: 'Import 9 files' }).click();
      await expect(sync.importSection.getByRole('status')).toContainText('Imported 9 of 10 files');
      await expect(sync.folderSection).toContainText(folder);
      await sync.importSection.getByRole('link', { name: 'See the decisions' }).click();
      await list.expectLoaded();
      await expect(list.count).toHaveText('9 decisions');
      await expect(list.row('0001 Record architecture decisions')).toBeVisible();
      await expect(list.row('0009 Help scripts')).toBeVisible();
    });

    await test.step('the page says what the next sync will do before it runs', async () => {
      // Let the watcher's first sync pass, or it takes the edit below out before the page shows it pending.
      await watcherFirstSync(api, page, workspace.id);
      const found = await api('searchDecisions', { workspaceId: workspace.id, query: 'single command' });
      const single = found.items.find((d) => d.number === 3);
      if (!single) throw new Error('decision 3 not imported');
      await api('updateDecision', { id: single.id, baseRevision: 1, changes: { context: 'Written in Cairn before the sync.' } });
      await sync.open();
      // The broken file stays unreadable, sync after sync, and the plan says so too.
      await expect(sync.nextSync).toContainText('0 in, 1 out, 0 conflicts · 1 unreadable');
      await sync.nextSync.getByText('2 files').click();
      const out = sync.nextSync.getByRole('listitem').filter({ hasText: 'Out' });
      await expect(out).toContainText('0003-single-command-with-subcommands.md');
      await expect(out).toContainText('Changed in Cairn: written to its file');
      await expect(sync.nextSync.getByRole('listitem').filter({ hasText: 'Unreadable' })).toContainText('0010-broken.md is a binary file');
      await sync.folderSection.getByRole('button', { name: 'Sync now' }).click();
      await expect(sync.folderSection.getByRole('status')).toContainText('0 in, 1 out, 0 conflicts');
      await expect(sync.nextSync).toContainText('0 in, 0 out, 0 conflicts · 1 unreadable');
      expect(fs.readFileSync(path.join(folder, '0003-single-command-with-subcommands.md'), 'utf8')).toContain('Written in Cairn before the sync.');
    });

    await test.step('a hand edit comes in by itself, and Sync now finds nothing left to bring in', async () => {
      const file = path.join(folder, '0004-markdown-format.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Accepted', 'Deprecated'));
      // The host watches the linked folder, as the app does: the edit arrives without a button.
      const deprecated = async () => (await api('searchDecisions', { workspaceId: workspace.id, statuses: ['deprecated'] })).items.map((d) => d.title);
      await expect.poll(deprecated, { timeout: 20_000 }).toEqual(['Markdown format']);
      await sync.open();
      await sync.folderSection.getByRole('button', { name: 'Sync now' }).click();
      await expect(sync.folderSection.getByRole('status')).toContainText('0 in, 0 out, 0 conflicts');
    });

    await test.step('an edit on both sides becomes a conflict, settled with the file’s version', async () => {
      const found = await api('searchDecisions', { workspaceId: workspace.id, query: 'shell scripts' });
      const shell = found.items.find((d) => d.number === 2);
      if (!shell) throw new Error('decision 2 not imported');
      const current = await api('getDecision', { id: shell.id });
      await api('updateDecision', { id: shell.id, baseRevision: current.revision, changes: { title: 'Implement in POSIX shell' } });
      const file = path.join(folder, SHELL);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('# 2. Implement as shell scripts', '# 2. Implement as Bash scripts'));

      await sync.folderSection.getByRole('button', { name: 'Sync now' }).click();
      await expect(sync.folderSection.getByRole('status')).toContainText('0 in, 0 out, 1 conflict');
      await expect(sync.conflicts.getByRole('heading', { name: `0002 Implement in POSIX shell ${SHELL}` })).toBeVisible();
      await expect(sync.conflicts.getByRole('region', { name: 'In the file' })).toContainText('# 2. Implement as Bash scripts');
      await expect(sync.conflicts.getByRole('region', { name: 'In Cairn' })).toContainText('# 2. Implement in POSIX shell');
      // Only the title line differs, and only it is marked on each side.
      await expect(sync.conflicts).toContainText('2 lines differ; highlighted on each side.');
      await expect(sync.conflicts.getByRole('region', { name: 'In the file' }).locator('mark')).toHaveText(['# 2. Implement as Bash scripts']);
      await expect(sync.conflicts.getByRole('region', { name: 'In Cairn' }).locator('mark')).toHaveText(['# 2. Implement in POSIX shell']);
      await saveScreenshot(page, 'sync-conflict');
      await expectNoSeriousViolations(page, 'the conflict screen');

      await sync.conflicts.getByRole('button', { name: 'Keep the file’s version' }).click();
      const confirm = page.getByRole('dialog', { name: 'Keep the file’s version?' });
      await confirm.getByRole('button', { name: 'Keep the file’s version' }).click();
      await expect(sync.conflicts).toBeHidden();
      // The list hides while the choice is saved; the decision shows the file's title once it is.
      await expect.poll(async () => (await api('getDecision', { id: shell.id })).title).toBe('Implement as Bash scripts');
    });

    await test.step('two branches both added 0009: renumber one, after a dialog that says what changes, and its file and the links to it follow', async () => {
      fs.writeFileSync(path.join(folder, '0009-another-nine.md'), '# 9. Another nine\n\nDate: 2025-06-01\n\n## Status\n\nAccepted\n\n## Context\n\nFrom a branch.\n');
      // The same branch links to it from the body of 0001.
      const first = path.join(folder, '0001-record-architecture-decisions.md');
      fs.writeFileSync(first, fs.readFileSync(first, 'utf8').replace('## Context\n\n', '## Context\n\nSee [another nine](0009-another-nine.md#context).\n\n'));
      await sync.folderSection.getByRole('button', { name: 'Sync now' }).click();
      await expect(sync.folderSection.getByRole('status')).toContainText('Number 0009 is used by 2 files');
      await saveScreenshot(page, 'sync-page');
      await sync.folderSection.getByRole('button', { name: 'Renumber 0009-another-nine.md' }).click();
      const dialog = page.getByRole('dialog', { name: 'Renumber 0009-another-nine.md?' });
      await expect(dialog).toContainText('It becomes number 0010, and its file is renamed 0010-another-nine.md.');
      await expect(dialog.getByRole('list', { name: 'Files whose links are rewritten' })).toHaveText(['0001-record-architecture-decisions.md (0001 Record architecture decisions)']);
      await expectNoSeriousViolations(page, 'the renumber dialog');
      // Nothing has changed while it asks.
      expect(fs.existsSync(path.join(folder, '0010-another-nine.md'))).toBe(false);
      await dialog.getByRole('button', { name: 'Renumber to 0010' }).click();
      await expect(dialog).toBeHidden();
      await expect(sync.folderSection.getByRole('status')).toContainText('1 renamed');
      expect(fs.readFileSync(first, 'utf8')).toContain('See [another nine](0010-another-nine.md#context).');
      expect(fs.existsSync(path.join(folder, '0010-another-nine.md'))).toBe(true);
      expect(fs.readFileSync(path.join(folder, '0010-another-nine.md'), 'utf8').split('\n')[0]).toBe('# 10. Another nine');
      await expect(sync.folderSection.getByRole('status')).not.toContainText('is used by');
    });

    await test.step('the folder empties for a while (another branch checked out): nothing goes to the trash, and the page asks', async () => {
      const aside = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-aside-'));
      try {
        // The whole folder at once, as a checkout or an unmount does.
        const moved = path.join(aside, 'adr');
        fs.renameSync(folder, moved);
        fs.mkdirSync(folder);
        await sync.folderSection.getByRole('button', { name: 'Sync now' }).click();
        const question = sync.folderSection.getByRole('alert');
        await expect(question).toContainText(/The folder lost 10 of 10 files since the last sync\. Was it moved or unmounted\? Nothing was changed\./);
        await expect(question.getByRole('button', { name: 'Sync anyway' })).toBeVisible();
        await expect(sync.nextSync).toContainText('The folder lost 10 of 10 files');
        await question.getByRole('button', { name: 'Wait' }).click();
        await expect(question).toBeHidden();
        expect((await api('searchDecisions', { workspaceId: workspace.id })).total).toBe(10);

        fs.rmdirSync(folder);
        fs.renameSync(moved, folder);
        await sync.folderSection.getByRole('button', { name: 'Sync now' }).click();
        await expect(sync.folderSection.getByRole('status')).toContainText('0 in, 0 out, 0 conflicts');
        await expect(sync.folderSection.getByRole('status')).not.toContainText('deleted');
        expect((await api('searchDecisions', { workspaceId: workspace.id })).total).toBe(10);
      } finally {
        fs.rmSync(aside, { recursive: true, force: true });
      }
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
