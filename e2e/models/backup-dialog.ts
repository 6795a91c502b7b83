import { expect, type Locator, type Page } from '@playwright/test';

/** The "Data & backups" dialog, opened from the header. */
export class BackupDialogModel {
  readonly dialog: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Data & backups' });
    this.list = this.dialog.getByRole('list', { name: 'Backups, newest first' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Data & backups' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async backUpNow(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Back up now' }).click();
  }

  row(text: string | RegExp): Locator {
    return this.list.getByRole('listitem').filter({ hasText: text });
  }
}
