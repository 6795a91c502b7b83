import { expect, type Locator, type Page } from '@playwright/test';

interface ResultFields {
  metric: string;
  unit?: string;
  direction?: 'Increase' | 'Decrease' | 'Stay at or above' | 'Stay at or below';
  baseline: string;
  target: string;
  deadline: string;
}

interface BehaviorFields {
  who: string;
  action: string;
  times?: string;
  per?: 'day' | 'week' | 'sprint';
  observedBy?: string;
}

/** The goal editor: context, then results, then behaviors with the show-me check as you type. */
export class GoalEditor {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('main').locator('form');
  }

  async expectShown(heading: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  async fillContext(fields: { title: string; team?: string; startDate?: string; wayOfWorking?: string }): Promise<void> {
    await this.form.getByLabel('Goal', { exact: true }).fill(fields.title);
    if (fields.team !== undefined) await this.form.getByLabel('Team', { exact: true }).fill(fields.team);
    if (fields.startDate !== undefined) await this.form.getByLabel('Start (baseline measured)').fill(fields.startDate);
    if (fields.wayOfWorking !== undefined) await this.form.getByLabel('Way of working').fill(fields.wayOfWorking);
  }

  result(n: number): Locator {
    return this.form.getByRole('group', { name: `Result ${n}` });
  }

  behavior(n: number): Locator {
    return this.form.getByRole('group', { name: `Behavior ${n}` });
  }

  async fillResult(n: number, fields: ResultFields): Promise<void> {
    const result = this.result(n);
    await result.getByLabel('Metric').fill(fields.metric);
    if (fields.unit !== undefined) await result.getByLabel('Unit').fill(fields.unit);
    if (fields.direction) await result.getByLabel('Direction').selectOption({ label: fields.direction });
    await result.getByLabel('Baseline').fill(fields.baseline);
    await result.getByLabel('Target').fill(fields.target);
    await result.getByLabel('Deadline').fill(fields.deadline);
  }

  async fillBehavior(n: number, fields: BehaviorFields): Promise<void> {
    const behavior = this.behavior(n);
    await behavior.getByLabel('Who').fill(fields.who);
    await behavior.getByLabel('Does what').fill(fields.action);
    if (fields.times !== undefined) await behavior.getByLabel('Times').fill(fields.times);
    if (fields.per) await behavior.getByLabel('Per').selectOption(fields.per);
    if (fields.observedBy !== undefined) await behavior.getByLabel('Observed by').fill(fields.observedBy);
  }

  showMeFlag(n: number): Locator {
    return this.behavior(n).getByRole('note', { name: 'Show-me check' });
  }

  async addBehavior(): Promise<void> {
    await this.form.getByRole('button', { name: 'Add a behavior' }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save goal' }).click();
  }
}
