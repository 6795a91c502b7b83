import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from './escape-reg-exp';
import { NewDecisionDialog } from './new-decision-dialog';

/** One decision (#/decisions/<id>): rendered text, status, details, links and actions. */
export class DecisionPage {
  readonly text: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByRole('article', { name: 'Decision text' });
    this.status = page.getByRole('main').getByRole('combobox', { name: 'Status' });
  }

  /** Waits for the page of the decision named "NNNN Title". */
  async expectShown(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    await expect(this.text).toBeVisible();
  }

  /** Picks a status in the Status select and applies it; it is confirmed in a toast. */
  async changeStatus(label: string): Promise<void> {
    await this.status.selectOption({ label });
    await this.page.getByRole('main').getByRole('button', { name: 'Apply', exact: true }).click();
    // The newest toast: one from an earlier change of another decision may still be showing.
    await expect(this.page.getByRole('status').getByText(`Status changed to ${label}`).last()).toBeVisible();
    await expect(this.status.locator('option:checked')).toHaveText(label);
  }

  async addCustomStatus(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add custom status…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Custom status' });
    await dialog.getByLabel('Status name').fill(name);
    await dialog.getByRole('button', { name: 'Add status' }).click();
    await expect(dialog).toBeHidden();
  }

  /** The other decision's link in the Links entry that reads "<label> NNNN Title". */
  link(label: string, otherName: string): Locator {
    return this.page
      .locator('section')
      .filter({ has: this.page.getByRole('heading', { name: 'Links', exact: true }) })
      .getByRole('listitem')
      .filter({ hasText: label })
      .getByRole('link', { name: otherName, exact: true });
  }

  /** A row of the details list, e.g. detail("Review by"). */
  detail(term: string): Locator {
    return this.page.getByRole('term').filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  async edit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit' }).click();
  }

  async openHistory(): Promise<void> {
    await this.page.getByRole('button', { name: 'History' }).click();
  }

  /** Supersede → the dialog "Supersede NNNN" → the new decision's editor. */
  async supersedeWith(number: string, title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Supersede' }).click();
    await new NewDecisionDialog(this.page, `Supersede ${number}`).create(title);
    await expect(this.page.getByRole('heading', { level: 1, name: 'New decision', exact: true })).toBeVisible();
  }

  /** Delete, confirmed in the "Delete decision?" dialog that names the decision. */
  async deleteConfirmed(name: string): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'Delete' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete decision?' });
    await expect(dialog).toContainText(name);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
  }
}
