import { expect, type Locator, type Page } from '@playwright/test';

/** The decision graph (#/graph): boxes for decisions, arrows for links, filters and exports. */
export class GraphPage {
  readonly heading: Locator;
  readonly canvas: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Decision graph' });
    this.canvas = page.getByRole('group', { name: /^Decision graph/ });
    this.count = page.getByText(/^\d+ of \d+ decisions/);
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.canvas).toBeVisible();
  }

  /** A decision's box, by "NNNN Title" (its status follows in the accessible name). */
  node(name: string): Locator {
    return this.canvas.getByRole('link', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `) });
  }

  nodes(): Locator {
    return this.canvas.getByRole('link');
  }

  /** The drawn links, each marked with its kind. */
  edges(kind?: string): Locator {
    return this.canvas.locator(kind ? `[data-kind="${kind}"]` : '[data-kind]');
  }

  statusFilter(label: string): Locator {
    return this.page.getByRole('group', { name: 'Show statuses' }).getByRole('button', { name: label, exact: true });
  }

  /** Opens an export ("SVG", "Mermaid", "DOT") and returns its dialog. */
  async export(format: 'SVG' | 'Mermaid' | 'DOT'): Promise<Locator> {
    await this.page.getByRole('button', { name: `Export ${format}` }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Export as/ });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
