import type { Locator, Page } from '@playwright/test';

/** Due for review (#/review): decisions whose review-by date has come, and those coming up. */
export class ReviewPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Due for review' });
  }

  /** The decisions listed under a section heading ("Due now", "Coming up in 30 days"). */
  section(heading: string | RegExp): Locator {
    return this.page.locator('section').filter({ has: this.page.getByRole('heading', { level: 2, name: heading }) });
  }

  decisionLink(name: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name, exact: true });
  }
}
