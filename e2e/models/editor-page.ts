import { expect, type Locator, type Page } from '@playwright/test';

export interface OptionInput {
  name: string;
  description?: string;
  pros?: string[];
  cons?: string[];
}

/** What a person types into the editor; omitted fields are left as they are. */
export interface DecisionInput {
  title?: string;
  status?: string;
  date?: string;
  reviewBy?: string;
  decisionMakers?: string;
  consulted?: string;
  informed?: string;
  tags?: string;
  /** Template sections by their heading, e.g. { "Context and Problem Statement": "…" }. */
  sections?: Record<string, string>;
  options?: OptionInput[];
  chosenOption?: string;
}

/** The editor (#/decisions/<id>/edit, or #/decisions/new before a new one is saved): form on the left, live preview on the right. */
export class EditorPage {
  readonly form: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('main').locator('form');
    this.preview = page.getByRole('region', { name: 'Preview' });
  }

  async expectShown(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: `Edit ${name}`, exact: true })).toBeVisible();
  }

  /** The editor of a new decision not saved yet: no number until Save creates it. */
  async expectNew(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'New decision', exact: true })).toBeVisible();
    await expect(this.page.getByRole('main').getByText(/its number is assigned when you save\.$/)).toBeVisible();
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async fill(input: DecisionInput): Promise<void> {
    const texts: [string, string | undefined][] = [
      ['Title', input.title],
      ['Date', input.date],
      ['Review by', input.reviewBy],
      ['Decision-makers', input.decisionMakers],
      ['Consulted', input.consulted],
      ['Informed', input.informed],
      ['Tags', input.tags],
      ...Object.entries(input.sections ?? {}),
    ];
    for (const [label, value] of texts) if (value !== undefined) await this.field(label).fill(value);
    if (input.status) await this.field('Status').selectOption({ label: input.status });
    for (const option of input.options ?? []) await this.addOption(option);
    if (input.chosenOption) await this.field('Chosen option').selectOption({ label: input.chosenOption });
  }

  /** "Add option", then fills the new option's name, description, pros and cons (one per line). */
  async addOption(option: OptionInput): Promise<void> {
    const before = await this.form.getByRole('button', { name: /^Remove option \d+$/ }).count();
    await this.form.getByRole('button', { name: 'Add option' }).click();
    const n = before + 1;
    await this.field(`Option ${n} name`).fill(option.name);
    if (option.description) await this.field(`Option ${n} description`).fill(option.description);
    if (option.pros) await this.field(`Option ${n} pros`).fill(option.pros.join('\n'));
    if (option.cons) await this.field(`Option ${n} cons`).fill(option.cons.join('\n'));
  }

  /** Save (the button); a successful save lands on the decision page with the toast "Saved". */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  async saveAndExpectSaved(): Promise<void> {
    await this.save();
    // An earlier "Saved" may still be showing; the newest toast is this save's.
    await expect(this.page.getByRole('status').getByText('Saved', { exact: true }).last()).toBeVisible();
  }
}
