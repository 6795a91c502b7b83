import { expect, type Locator, type Page } from '@playwright/test';

/** One goal: results and behaviors with their formulas and charts, check-ins and linked decisions. */
export class GoalPage {
  readonly checkInDialog: Locator;

  constructor(readonly page: Page) {
    this.checkInDialog = page.getByRole('dialog', { name: /^Check in:/ });
  }

  async expectShown(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  result(metric: string): Locator {
    return this.page.getByRole('article', { name: `Result: ${metric}` });
  }

  behavior(action: string): Locator {
    return this.page.getByRole('article', { name: `Behavior: ${action}` });
  }

  /** Fills the quick check-in for one date: label → value, and label → note. */
  async fillCheckIn(date: string, values: Record<string, string>, notes: Record<string, string> = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Check in' }).click();
    await expect(this.checkInDialog).toBeVisible();
    await this.checkInDialog.getByLabel('Date').fill(date);
    for (const [label, value] of Object.entries(values)) await this.checkInDialog.getByLabel(`${label}: value`).fill(value);
    for (const [label, note] of Object.entries(notes)) await this.checkInDialog.getByLabel(`${label}: note`).fill(note);
  }

  async saveCheckIn(): Promise<void> {
    await this.checkInDialog.getByRole('button', { name: 'Save check-in' }).click();
  }

  async checkIn(date: string, values: Record<string, string>, notes: Record<string, string> = {}): Promise<void> {
    await this.fillCheckIn(date, values, notes);
    await this.saveCheckIn();
    await expect(this.checkInDialog).toBeHidden();
  }

  checkInRows(): Locator {
    return this.page.locator('.check-in-history tbody tr');
  }
}
