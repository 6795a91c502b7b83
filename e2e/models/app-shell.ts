import { expect, type Locator, type Page } from '@playwright/test';

/** What every screen shares: the first-start dialogs, the header, the sidebar and the messages. */
export class AppShell {
  readonly welcomeDialog: Locator;
  readonly workspaceSelect: Locator;
  readonly toasts: Locator;

  constructor(readonly page: Page) {
    this.welcomeDialog = page.getByRole('dialog', { name: 'Welcome to Cairn' });
    this.workspaceSelect = page.getByRole('banner').getByRole('combobox', { name: 'Workspace' });
    this.toasts = page.getByRole('status');
  }

  /** Answers the first-start question; the name then authors every revision. */
  async enterName(name: string): Promise<void> {
    await expect(this.welcomeDialog).toBeVisible();
    await this.welcomeDialog.getByLabel('Your name').fill(name);
    await this.welcomeDialog.getByRole('button', { name: 'Continue' }).click();
    await expect(this.welcomeDialog).toBeHidden();
    await expect(this.page.getByRole('banner')).toContainText(name);
  }

  /** Creates the first workspace from the empty state and goes to its (empty) decision list. */
  async createFirstWorkspace(name: string): Promise<void> {
    await this.createFirstWorkspaceAndStayHome(name);
    await this.goToDecisions();
  }

  /** Creates the first workspace from the empty state; the app then shows the workspace's home. */
  async createFirstWorkspaceAndStayHome(name: string): Promise<void> {
    const main = this.page.getByRole('main');
    await expect(main.getByRole('heading', { name: 'Create your first workspace' })).toBeVisible();
    await main.getByLabel('Workspace name').fill(name);
    await main.getByRole('button', { name: 'Create workspace' }).click();
    await expect(this.workspaceSelect).toHaveValue(/.+/);
    await expect(this.workspaceSelect.locator('option:checked')).toHaveText(name);
  }

  toast(text: string | RegExp): Locator {
    return this.toasts.getByText(text);
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }

  async goToDecisions(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decisions' }).click();
  }

  async goToReview(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due for review' }).click();
  }
}
