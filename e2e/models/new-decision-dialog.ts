import { expect, type Locator, type Page } from '@playwright/test';

/** The dialog that starts a decision: "New decision", or "Supersede NNNN" from a decision page. */
export class NewDecisionDialog {
  readonly dialog: Locator;

  constructor(page: Page, name: string | RegExp = 'New decision') {
    this.dialog = page.getByRole('dialog', { name });
  }

  async create(title: string, template?: 'MADR 4' | 'Nygard (adr-tools)'): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByLabel('Title').fill(title);
    if (template) await this.dialog.getByLabel('Template').selectOption({ label: template });
    await this.dialog.getByRole('button', { name: 'Create' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
