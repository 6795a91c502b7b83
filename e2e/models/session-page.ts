import { expect, type Locator, type Page } from '@playwright/test';
import { saveScreenshot } from '../screenshots';

/** The facilitation screen (#/sessions/<id>): stepper, timer, the phase's work, people and the ADR draft. */
export class SessionPage {
  readonly main: Locator;
  readonly timer: Locator;
  readonly stepper: Locator;
  readonly draft: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.timer = page.getByRole('timer');
    this.stepper = page.getByRole('navigation', { name: 'Session phases' });
    this.draft = page.getByRole('region', { name: 'ADR draft' });
  }

  async expectShown(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
    await expect(this.timer).toBeVisible();
  }

  /** Waits until the stepper marks `label` as the current phase. */
  async expectPhase(label: string): Promise<void> {
    await expect(this.stepper.locator('[aria-current="step"]')).toContainText(label);
    await expect(this.page.getByRole('heading', { level: 2, name: label, exact: true })).toBeVisible();
  }

  /** Saves a screenshot with the stepper in view (so it shows the phase), or the part that matters. */
  async screenshot(name: string, part: Locator = this.stepper): Promise<void> {
    await part.scrollIntoViewIfNeeded();
    await saveScreenshot(this.page, name);
  }

  async goToPhase(label: string): Promise<void> {
    await this.stepper.getByRole('button', { name: new RegExp(label) }).click();
    await this.expectPhase(label);
  }

  /** Fills a field that saves when left, and waits for the save to reach the ADR draft. */
  async fillAndLeave(label: string, text: string, draftShows: string = text.split('\n')[0] ?? text): Promise<void> {
    const field = this.main.getByLabel(label, { exact: true });
    await field.fill(text);
    await field.blur();
    await expect(this.draft).toContainText(draftShows);
  }

  async addParticipant(name: string, role: 'Decision-maker' | 'Consulted' | 'Observer'): Promise<void> {
    await this.main.getByLabel('Participant name').fill(name);
    await this.main.getByLabel('Participant role').selectOption({ label: role });
    await this.main.getByRole('button', { name: 'Add participant' }).click();
    await expect(this.main.getByRole('combobox', { name: `Role of ${name}` })).toBeVisible();
  }

  async addOption(name: string, pros: string[], cons: string[]): Promise<void> {
    await this.main.getByLabel('New option').fill(name);
    await this.main.getByRole('button', { name: 'Add option' }).click();
    const card = this.main.getByRole('listitem', { name: `Option ${name}` });
    await expect(card).toBeVisible();
    await this.fillAndLeave(`Pros of ${name}`, pros.join('\n'), pros[0]);
    await this.fillAndLeave(`Cons of ${name}`, cons.join('\n'), cons[0]);
  }

  concern(text: string): Locator {
    return this.main.getByRole('listitem', { name: `Concern: ${text}` });
  }

  /** Casts one person's vote in turn; it is hidden at once. */
  async castVote(voter: string, level: number, concern?: string): Promise<void> {
    const ballot = this.main.getByRole('form', { name: 'Ballot' });
    await ballot.getByLabel('Voter').selectOption({ label: voter });
    await ballot.getByRole('radio', { name: new RegExp(`^${level} `) }).check();
    if (concern) await ballot.getByLabel(/^Concern/).fill(concern);
    await ballot.getByRole('button', { name: `Cast ${voter}'s vote` }).click();
    await expect(this.main.getByRole('list', { name: 'Who has voted' })).toContainText(`${voter}: voted (hidden)`);
  }
}
