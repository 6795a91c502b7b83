import { expect, type Locator, type Page } from '@playwright/test';

/** A decision's history (#/decisions/<id>/history): revisions and the diff of two of them. */
export class HistoryPage {
  readonly revisions: Locator;
  readonly diff: Locator;

  constructor(readonly page: Page) {
    this.revisions = page.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell') });
    this.diff = page.getByRole('region', { name: 'Diff' });
  }

  async expectShown(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: `History of ${name}`, exact: true })).toBeVisible();
  }

  revision(n: number): Locator {
    return this.revisions.filter({ has: this.page.getByRole('radio', { name: `Compare to revision ${n}`, exact: true }) });
  }

  async compare(from: number, to: number): Promise<void> {
    await this.page.getByRole('radio', { name: `Compare from revision ${from}`, exact: true }).check();
    await this.page.getByRole('radio', { name: `Compare to revision ${to}`, exact: true }).check();
    await this.page.getByRole('button', { name: 'Show diff' }).click();
  }

  addedLines(): Locator {
    return this.diff.locator('.diff-added');
  }

  removedLines(): Locator {
    return this.diff.locator('.diff-removed');
  }
}
