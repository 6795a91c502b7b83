import { expect, type Locator, type Page } from '@playwright/test';

/** The team's home (#/home), the page the app opens on. */
export class HomePage {
  readonly main: Locator;
  readonly destinations: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.destinations = this.main.getByRole('navigation', { name: 'Capabilities' });
  }

  async expectShown(workspaceName: string): Promise<void> {
    await expect(this.main.getByRole('heading', { level: 1, name: workspaceName, exact: true })).toBeVisible();
  }

  /** A card of the home page ("Due for review", "Recent activity" …), by its heading. */
  card(title: string): Locator {
    return this.main.getByRole('region', { name: title, exact: true });
  }

  /** The way to the decision log, which says how many decisions the workspace has ("Decisions 38"). */
  decisionsDestination(): Locator {
    return this.destinations.getByRole('link', { name: /^Decisions\b/ });
  }

  async expectDecisionCount(count: number): Promise<void> {
    await expect(this.decisionsDestination()).toHaveText(new RegExp(`^Decisions ${count}(?!\\d)`));
  }

  async openSampleWorkspace(): Promise<void> {
    await this.main.getByRole('button', { name: 'Open the sample workspace' }).click();
  }

  async goTo(destination: 'Decisions' | 'Graph' | 'Timeline' | 'Sessions' | 'Goals' | 'Rotations'): Promise<void> {
    await this.destinations.getByRole('link', { name: new RegExp(`^${destination}\\b`) }).click();
  }
}
