import { expect, type Locator, type Page } from '@playwright/test';

/** The git panel of the Markdown page: the repository, its changed decision files, commit, pull and push. */
export class GitPanel {
  readonly section: Locator;
  readonly message: Locator;
  /** What the last commit, pull or push did. */
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Git' });
    this.message = this.section.getByLabel('Commit message');
    this.result = this.section.locator('.sync-result');
  }

  file(name: string): Locator {
    return this.section.getByRole('list', { name: 'Changed decision files' }).getByRole('listitem').filter({ hasText: name });
  }

  async commit(files: number): Promise<void> {
    await this.section.getByRole('button', { name: `Commit ${files} file${files === 1 ? '' : 's'}` }).click();
    await expect(this.result).toContainText('Committed');
  }

  async push(): Promise<void> {
    await this.section.getByRole('button', { name: 'Push', exact: true }).click();
    await expect(this.result).toContainText('Pushed');
  }

  async pull(mode: 'fast-forward' | 'rebase' | 'merge'): Promise<void> {
    await this.section.getByLabel('Pull by').selectOption(mode);
    await this.section.getByRole('button', { name: 'Pull', exact: true }).click();
    await expect(this.result).toContainText('the sync brought');
  }
}
