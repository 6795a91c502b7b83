import { expect, type Locator, type Page } from '@playwright/test';

/** The command palette (Ctrl/Cmd+K) and the shortcut help (?). */
export class CommandPalette {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Go to' });
    this.input = this.dialog.getByRole('combobox');
    this.options = this.dialog.getByRole('option');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.dialog).toBeVisible();
    await expect(this.input).toBeFocused();
  }

  async find(text: string): Promise<void> {
    await this.input.fill(text);
  }

  option(label: string): Locator {
    return this.options.filter({ hasText: label });
  }
}
