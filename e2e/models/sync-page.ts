import { expect, type Locator, type Page } from '@playwright/test';

/** Markdown files (#/sync): the synced folder, conflicts, import and export. */
export class SyncPage {
  readonly heading: Locator;
  readonly importSection: Locator;
  readonly folderSection: Locator;
  readonly conflicts: Locator;
  /** What the next sync will do (the plan, shown before it runs). */
  readonly nextSync: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Markdown files' });
    this.importSection = this.section('Import a folder');
    this.folderSection = this.section('Synced folder');
    this.conflicts = this.section(/^Conflicts/);
    this.nextSync = this.folderSection.getByRole('group', { name: 'Next sync' });
  }

  section(heading: string | RegExp): Locator {
    return this.page.getByRole('region', { name: heading });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Markdown files' }).click();
    await expect(this.heading).toBeVisible();
  }

  /** The report row of one file, by its name. */
  reportRow(file: string): Locator {
    return this.importSection.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${file.replace(/[.]/g, '\\.')}`) }) });
  }

  /** The bar of a running import or preview (a native <progress>, named by its text). */
  get importProgress(): Locator {
    return this.importSection.getByRole('progressbar');
  }

  /** The block around the bar and its "Cancel import" button, which Escape also presses while focus is in it. */
  get importProgressBlock(): Locator {
    return this.importSection.locator('.import-progress');
  }

  /** What the bar says it is doing ("Reading 1,234 of 10,000 files…"), its accessible name. */
  async importProgressText(): Promise<string> {
    return this.importProgress.evaluate((bar) => document.getElementById(bar.getAttribute('aria-labelledby') ?? '')?.textContent ?? '');
  }

  async previewImport(folder: string): Promise<void> {
    await this.importSection.getByLabel('Folder').fill(folder);
    await this.importSection.getByRole('button', { name: 'Preview import' }).click();
  }
}
