import { expect, type Locator } from '@playwright/test';
import { expectFocusBackAfterClosing } from './dialog-focus';
import { escapeRegExp } from './escape-reg-exp';

/**
 * Any form of the app, in a dialog or on a page, as a person meets it: fields by their label, the
 * submit button by its name, and what a failed submit says under a field or in the form's alert.
 */
export class FormModel {
  constructor(readonly root: Locator) {}

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  async submit(name: string): Promise<void> {
    await this.root.getByRole('button', { name, exact: true }).click();
  }

  /** The form's alert: what a failed submit said about none of its fields. */
  alert(): Locator {
    return this.root.locator('.alert');
  }

  /**
   * After a failed submit: the field is marked invalid, the message under it (in plain words, exactly
   * `message`) is its description, and it has the focus, being the only invalid field.
   */
  async expectFieldError(label: string, message: string): Promise<void> {
    const field = this.field(label);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(`(^|\\s)${escapeRegExp(message)}$`));
    const ids = (await field.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
    const messageId = ids.at(-1);
    expect(messageId, `${label} is described by its message`).toBeTruthy();
    const shown = this.root.locator(`[id="${messageId}"]`);
    await expect(shown).toBeVisible();
    await expect(shown).toHaveText(message);
    await expect(field).toBeFocused();
  }
}

/** Opens a form dialog from its control, once dismissing it with Esc has given the focus back there. */
export async function openFormDialog(opener: Locator, dialog: Locator): Promise<FormModel> {
  await expectFocusBackAfterClosing(opener, dialog, 'Escape');
  await opener.click();
  await expect(dialog).toBeVisible();
  return new FormModel(dialog);
}
