import type { Browser, Locator, Page } from '@playwright/test';
import type { OperationInput } from '../shared/api/contract';
import type { HostApi } from './host-api';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { SessionPage } from './models/session-page';
import { publishForReadme, saveScreenshot } from './screenshots';

const TITLE = 'Pick a message broker for orders';
const PHONE = { width: 390, height: 844 };

type ChangeAction = OperationInput<'changeSession'>['action'];

/** A participant's phone: a browser context of its own, as a separate device would be. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  return context.newPage();
}

async function joinByLink(page: Page, link: string, name: string, checkAccessibility = false): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Join the room' })).toBeVisible();
  if (checkAccessibility) await expectNoSeriousViolations(page, 'the participant’s join form');
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText(`You are ${name}`)).toBeVisible();
  // The link's token leaves the address bar once taken.
  expect(page.url()).not.toContain('#join=');
}

async function joinByCode(page: Page, address: string, code: string, name: string): Promise<void> {
  await page.goto(address);
  await page.getByLabel('Code').fill(code.toLowerCase());
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText(`You are ${name}`)).toBeVisible();
}

/** The facilitator's session page at 1440×900, with the two options the room votes on. */
async function openSession(page: Page, api: HostApi, extra: ChangeAction[] = []): Promise<SessionPage> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await api('setProfile', { name: 'Fran Facilitator' });
  const workspace = await api('createWorkspace', { name: 'Orders team' });
  const created = await api('createSession', { workspaceId: workspace.id, title: TITLE });
  const actions: ChangeAction[] = [...['Kafka', 'RabbitMQ'].map((name): ChangeAction => ({ type: 'addOption', name })), ...extra];
  for (const action of actions) await api('changeSession', { id: created.id, action });
  await page.goto(`${new URL(page.url()).origin}/#/sessions/${created.id}`);
  const session = new SessionPage(page);
  await session.expectShown(TITLE);
  return session;
}

/** Opens the room on 127.0.0.1 from the session's room card; its join link. */
async function openRoom(roomCard: Locator): Promise<string> {
  await roomCard.getByRole('button', { name: 'Invite participants' }).click();
  await roomCard.getByLabel('Listen on').selectOption({ label: '127.0.0.1 (this machine only)' });
  await roomCard.getByRole('button', { name: 'Open the room' }).click();
  return (await roomCard.getByRole('link').first().getAttribute('href')) ?? '';
}

test('a facilitator and five participants on their own devices: join, raise a concern, vote anonymously, see the spread, the room closes', async ({ page, api, browser }) => {
  test.slow();
  const session = await openSession(page, api);
  const roomCard = page.getByRole('region', { name: /^Room/ });
  const phones: Page[] = [];

  let link = '';
  let code = '';
  let address = '';
  await test.step('the facilitator invites the room on 127.0.0.1', async () => {
    link = await openRoom(roomCard);
    await expect(roomCard.getByRole('img', { name: 'QR code of the join link' })).toBeVisible();
    await expect(roomCard.getByText('Nobody has joined yet.')).toBeVisible();
    code = (await roomCard.getByLabel('Short code').textContent()) ?? '';
    address = new URL(link).origin;
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#join=[\w-]{43}$/);
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
  });

  await test.step('three join by the link, two by the code; the facilitator sees who joined', async () => {
    const people = ['Ada', 'Grace', 'Linus', 'Barbara', 'Edsger'];
    for (const [index, name] of people.entries()) {
      const device = await phone(browser);
      phones.push(device);
      // The join form is checked once, as the first phone shows it.
      if (index < 3) await joinByLink(device, link, name, index === 0);
      else await joinByCode(device, address, code, name);
    }
    const joined = roomCard.getByRole('list', { name: 'Joined the room' });
    for (const name of people) await expect(joined).toContainText(name);
    await expect(roomCard).toContainText('5 joined');
    await expect(session.main.getByRole('combobox', { name: 'Role of Edsger' })).toBeVisible();
  });

  const [ada, grace] = phones as [Page, Page, Page, Page, Page];
  await test.step('in the concerns phase a participant raises a concern; it shows on the facilitator’s screen', async () => {
    await session.goToPhase('Concerns');
    await expect(ada.getByText('Concerns', { exact: true }).first()).toBeVisible();
    await ada.getByLabel('Raise a concern').fill('Nobody on call has run RabbitMQ under load');
    await ada.getByRole('button', { name: 'Raise concern' }).click();
    await expect(session.concern('Nobody on call has run RabbitMQ under load')).toBeVisible();
    await expect(grace.getByText('Nobody on call has run RabbitMQ under load')).toBeVisible();
  });

  await test.step('an anonymous fist of five: each votes on their phone, the facilitator sees only how many have', async () => {
    await session.goToPhase('Evaluate');
    await session.main.getByRole('button', { name: 'Start the vote' }).click();
    const levels = [5, 4, 4, 3, 1];
    for (const [index, device] of phones.entries()) {
      const level = levels[index] as number;
      const vote = device.getByRole('form', { name: 'Your vote' });
      await vote.getByRole('radio', { name: new RegExp(`^${level} `) }).check();
      if (level <= 1) await vote.getByLabel(/^Your concern/).fill('The on-call rota is too thin');
      await vote.getByRole('button', { name: 'Cast my vote' }).click();
      await expect(device.getByText('Your vote is in, hidden until the reveal.')).toBeVisible();
      await expect(session.main.getByText(`${index + 1} of 5 have voted`)).toBeVisible();
    }
    await expect(ada.getByText('5 of 5 have voted')).toBeVisible();
    await expect(session.main.getByLabel('Vote results')).toHaveCount(0);
    publishForReadme(await saveScreenshot(page, 'room-facilitator'), 'room-facilitator');
  });

  await test.step('the reveal shows the spread on every screen and in the ADR draft', async () => {
    await session.main.getByRole('button', { name: 'Reveal 5 votes' }).click();
    const results = session.main.getByLabel('Vote results');
    await expect(results.locator('dt:text-is("Lowest") + dd')).toHaveText('1');
    await expect(results.locator('dt:text-is("Highest") + dd')).toHaveText('5');
    for (const device of phones) {
      const shown = device.getByLabel('Vote results');
      await expect(shown.locator('dt:text-is("Lowest") + dd')).toHaveText('1');
      await expect(shown.locator('dt:text-is("Highest") + dd')).toHaveText('5');
      await expect(shown.getByRole('row', { name: /^4 Good idea/ })).toContainText('2');
    }
    await expect(session.draft).toContainText('Fist of five: 5 votes, from 1 to 5 (strong disagreement)');
    await expect(grace.getByText('The on-call rota is too thin')).toBeVisible();
    publishForReadme(await saveScreenshot(grace, 'room-participant'), 'room-participant');
    await expectNoSeriousViolations(grace, 'a participant’s page after the reveal');
  });

  await test.step('the facilitator closes the room; every participant’s page says so', async () => {
    await roomCard.getByRole('button', { name: 'Close the room' }).click();
    await expect(roomCard.getByRole('button', { name: 'Invite participants' })).toBeVisible();
    for (const device of phones) await expect(device.getByRole('status')).toContainText('The facilitator closed the room');
  });

  for (const device of phones) await device.context().close();
});

test('a participant scores the options on each criterion from the phone, and sees each cell’s spread after the reveal', async ({ page, api, browser }) => {
  test.slow();
  const session = await openSession(page, api, [
    { type: 'addCriterion', name: 'Operability', weight: 3 },
    { type: 'goToPhase', phase: 'evaluate' },
  ]);
  const link = await openRoom(page.getByRole('region', { name: /^Room/ }));
  const ada = await phone(browser);
  await joinByLink(ada, link, 'Ada');

  const round = session.main.getByRole('region', { name: /Everyone’s scores/ });
  await round.getByRole('button', { name: 'Start a scoring round' }).click();
  const card = ada.getByRole('region', { name: 'Weighted scores' });
  const ballot = card.getByRole('table', { name: 'Your scores, 0 to 5' });
  // The weight is written as in the app's own table.
  await expect(ballot.getByRole('rowheader')).toHaveText('Operability ×3');
  await ballot.getByLabel('Your score for Kafka on Operability').selectOption('2');
  await ballot.getByLabel('Your score for RabbitMQ on Operability').selectOption('5');
  await expect(round.getByText('1 of 1 have voted')).toBeVisible();
  await expectNoSeriousViolations(ada, 'a participant’s scoring ballot');
  await saveScreenshot(ada, 'room-participant-scoring');

  await round.getByRole('button', { name: /^Reveal the scores of 1 / }).click();
  const spreads = card.getByRole('table', { name: 'Everyone’s scores per cell' });
  const cells = spreads.getByRole('row', { name: /Operability/ }).getByRole('cell');
  await expect(cells.nth(0)).toHaveText('2–2 (2)');
  await expect(cells.nth(1)).toHaveText('5–5 (5)');
  await ada.context().close();
});
