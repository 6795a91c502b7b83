import { expect, type Locator, type Page } from '@playwright/test';

/** The timeline (#/timeline): what happened, month by month. */
export class TimelinePage {
  readonly heading: Locator;
  readonly entries: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Timeline' });
    this.entries = page.getByRole('main').getByRole('listitem').filter({ has: page.locator('time') });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** The entries about one decision, goal or rotation, by the name its link shows. */
  entriesAbout(name: string): Locator {
    return this.entries.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  kindFilter(label: string): Locator {
    return this.page.getByRole('group', { name: 'Show kinds' }).getByRole('button', { name: new RegExp(`^${label}\\b`) });
  }
}
