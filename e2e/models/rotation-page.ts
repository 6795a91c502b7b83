import { expect, type Locator, type Page } from '@playwright/test';

/** The rotations list, the new-rotation form, and one rotation's schedule, backlog and log. */
export class RotationPage {
  readonly main: Locator;
  readonly scheduleRows: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.scheduleRows = this.main.getByRole('table').first().locator('tbody tr');
  }

  async openList(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rotations' }).click();
    await expect(this.main.getByRole('heading', { level: 1, name: 'Rotations' })).toBeVisible();
  }

  async create(input: { name: string; members: string[]; weekday: string; startDate: string; time: string }): Promise<void> {
    await this.main.getByRole('button', { name: 'New rotation' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New rotation' });
    await dialog.getByLabel('Name').fill(input.name);
    await dialog.getByLabel('Teaching session').check();
    await dialog.getByLabel('Members, in order').fill(input.members.join('\n'));
    await dialog.getByLabel('On', { exact: true }).selectOption({ label: input.weekday });
    await dialog.getByLabel('Starting').fill(input.startDate);
    await dialog.getByLabel('At', { exact: true }).fill(input.time);
    await dialog.getByLabel('Time zone').fill('Europe/Berlin');
    await dialog.getByRole('button', { name: 'Create rotation' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.main.getByRole('heading', { level: 1, name: input.name })).toBeVisible();
  }

  /** The holder shown in a row of the upcoming schedule (0 is the next turn). */
  holder(row: number): Locator {
    return this.scheduleRows.nth(row).locator('td').nth(1);
  }

  tab(name: string | RegExp): Locator {
    return this.main.getByRole('tab', { name });
  }
}
