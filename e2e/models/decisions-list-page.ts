import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from './escape-reg-exp';
import { NewDecisionDialog } from './new-decision-dialog';

/** The decision log (#/decisions): search, facet filters and the virtualised list. */
export class DecisionsListPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly filters: Locator;
  readonly list: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Decisions' });
    this.search = page.getByRole('searchbox', { name: 'Search decisions' });
    this.filters = page.getByRole('complementary', { name: 'Filters' });
    this.list = page.getByRole('list', { name: 'Decisions' });
    this.count = page.getByText(/^\d+ decisions?$/);
  }

  async expectLoaded(): Promise<void> {
    await this.leaveHome();
    await expect(this.heading).toBeVisible();
  }

  /** The app opens on the team's home (also after a reload); the list is one click away in the sidebar. */
  private async leaveHome(): Promise<void> {
    const hash = new URL(this.page.url()).hash;
    if (hash !== '' && hash !== '#/' && hash !== '#/home') return;
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decisions', exact: true }).click();
  }

  /** Opens "New decision", starts it from the template, and lands in its editor: nothing is kept until Save. */
  async newDecision(title: string, template?: 'MADR 4' | 'Nygard (adr-tools)'): Promise<void> {
    await this.page.getByRole('button', { name: 'New decision' }).first().click();
    await new NewDecisionDialog(this.page).create(title, template);
    await expect(this.page.getByRole('heading', { level: 1, name: 'New decision', exact: true })).toBeVisible();
    await expect(this.page.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue(title);
  }

  /** The link of a row, by its accessible name "NNNN Title". */
  row(name: string): Locator {
    return this.list.getByRole('link', { name, exact: true });
  }

  /** The listitem holding a row, to read its status badge, date and tags. */
  rowItem(name: string): Locator {
    return this.list.getByRole('listitem').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  rowLinks(): Locator {
    return this.list.getByRole('listitem').getByRole('link');
  }

  /** Asserts the list shows exactly these rows, in this order. */
  async expectRows(names: string[]): Promise<void> {
    await this.leaveHome();
    await expect(this.rowLinks()).toHaveText(names);
    await expect(this.count).toHaveText(`${names.length} ${names.length === 1 ? 'decision' : 'decisions'}`);
  }

  async open(name: string): Promise<void> {
    await this.leaveHome();
    await this.row(name).click();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  statusFacet(label: string): Locator {
    return this.filters.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)}\\b`) });
  }

  tagFacet(tag: string): Locator {
    return this.filters.getByRole('checkbox', { name: new RegExp(`^#?${escapeRegExp(tag)}\\b`) });
  }

  person(): Locator {
    return this.filters.getByLabel('Person');
  }

  async clearFilters(): Promise<void> {
    await this.filters.getByRole('button', { name: 'Clear filters' }).click();
  }
}
