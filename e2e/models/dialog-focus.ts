import { expect, type Locator } from '@playwright/test';

/**
 * Opens a dialog from the control a person uses, closes it again (its Cancel button, or Esc) and
 * checks that the focus is back on that control, so keyboard users carry on where they were.
 */
export async function expectFocusBackAfterClosing(opener: Locator, dialog: Locator, close: { button: string } | 'Escape'): Promise<void> {
  await opener.click();
  await expect(dialog).toBeVisible();
  if (close === 'Escape') await dialog.page().keyboard.press('Escape');
  else await dialog.getByRole('button', { name: close.button, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
}
