import type { Browser, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { openRoute } from './open-route';
import { saveScreenshot } from './screenshots';

const PHONE = { width: 390, height: 844 };

/** A participant's phone: a browser context of its own, as a separate device would be. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  return context.newPage();
}

async function joinByLink(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText(`You are ${name}`)).toBeVisible();
}

test('a teaching rotation’s backlog opened to the room: two people join by link, propose a topic and vote, live on the facilitator’s backlog', async ({ page, api, browser }) => {
  test.slow();
  await api('setProfile', { name: 'Fran Facilitator' });
  const workspace = await api('createWorkspace', { name: 'Platform team' });
  const rotation = await api('createRotation', {
    workspaceId: workspace.id,
    name: 'Friday teaching',
    kind: 'teaching',
    members: ['Ada', 'Grace'],
    cadence: { kind: 'weekly', weekday: 5 },
    startDate: '2026-01-02',
    time: '15:00',
    durationMinutes: 45,
    timeZone: 'UTC',
  });
  await api('proposeRotationTopic', { rotationId: rotation.id, title: 'Reading flame graphs', proposedBy: 'Fran Facilitator' });
  await openRoute(page, `#/rotations/${rotation.id}`);
  const main = page.getByRole('main');
  await main.getByRole('tab', { name: /Topic backlog/ }).click();
  const roomCard = main.getByRole('region', { name: /^Room/ });

  let link = '';
  await test.step('the facilitator opens the backlog to the room on 127.0.0.1', async () => {
    await roomCard.getByRole('button', { name: 'Open the backlog to the room' }).click();
    await roomCard.getByLabel('Listen on').selectOption({ label: '127.0.0.1 (this machine only)' });
    // Votes on topics are by name: the room offers no anonymous joining.
    await expect(roomCard.getByLabel('People may join without a name')).toHaveCount(0);
    await roomCard.getByRole('button', { name: 'Open the room' }).click();
    await expect(roomCard.getByRole('img', { name: 'QR code of the join link' })).toBeVisible();
    await expect(roomCard.getByLabel('Short code')).toHaveText(/^[A-Z2-9]{6}$/);
    link = (await roomCard.getByRole('link').first().getAttribute('href')) ?? '';
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#join=[\w-]{43}$/);
  });

  const ada = await phone(browser);
  const barbara = await phone(browser);
  await test.step('a member and a guest join by the link; the facilitator sees who joined', async () => {
    await joinByLink(ada, link, 'ada');
    await joinByLink(barbara, link, 'Barbara');
    await expect(ada.getByText('You are Ada')).toBeVisible();
    const joined = roomCard.getByRole('list', { name: 'Joined the room' });
    await expect(joined).toContainText('Ada');
    await expect(joined).toContainText('Barbara');
    await expect(roomCard).toContainText('2 joined');
    await expect(ada.getByRole('listitem', { name: 'Reading flame graphs' })).toBeVisible();
  });

  const backlog = main.getByRole('region', { name: 'Backlog' });
  await test.step('a participant proposes a topic; it shows on the other phone and on the facilitator’s backlog', async () => {
    await barbara.getByLabel('Topic', { exact: true }).fill('Property-based testing');
    await barbara.getByLabel('Why it matters (optional)').fill('Find the edge cases we never think of');
    await barbara.getByRole('button', { name: 'Propose' }).click();
    await expect(backlog.getByRole('listitem', { name: 'Property-based testing' })).toContainText('Proposed by Barbara');
    await expect(ada.getByRole('listitem', { name: 'Property-based testing' })).toContainText('Proposed by Barbara');
  });

  await test.step('both vote as themselves, one withdraws; the facilitator’s backlog follows', async () => {
    const facilitatorVote = backlog.getByRole('button', { name: 'Vote for Property-based testing' });
    await ada.getByRole('button', { name: 'Vote for Property-based testing' }).click();
    await expect(ada.getByRole('button', { name: 'Withdraw my vote for Property-based testing' })).toHaveAttribute('aria-pressed', 'true');
    await barbara.getByRole('button', { name: 'Vote for Property-based testing' }).click();
    await expect(facilitatorVote).toContainText('2');
    await expect(facilitatorVote).toHaveAttribute('title', 'Votes: Ada, Barbara');
    await expect(ada.getByRole('listitem', { name: 'Property-based testing' }).getByLabel('Votes')).toHaveText('2');
    // The most voted topic leads the backlog.
    await expect(backlog.getByRole('listitem').first()).toHaveAccessibleName('Property-based testing');
    await barbara.getByRole('button', { name: 'Withdraw my vote for Property-based testing' }).click();
    await expect(facilitatorVote).toHaveAttribute('title', 'Votes: Ada');
    await barbara.getByRole('button', { name: 'Vote for Property-based testing' }).click();
    await expect(facilitatorVote).toHaveAttribute('title', 'Votes: Ada, Barbara');
    await expect(barbara.getByRole('listitem', { name: 'Property-based testing' }).getByLabel('Votes')).toHaveText('2');
    await saveScreenshot(barbara, 'room-backlog-participant');
    await expectNoSeriousViolations(barbara, 'a participant’s backlog page');
    await saveScreenshot(page, 'room-backlog-facilitator');
  });

  await test.step('the facilitator closes the room; both pages say so', async () => {
    await roomCard.getByRole('button', { name: 'Close the room' }).click();
    await expect(roomCard.getByRole('button', { name: 'Open the backlog to the room' })).toBeVisible();
    for (const device of [ada, barbara]) await expect(device.getByRole('status')).toContainText('The facilitator closed the room');
  });

  for (const device of [ada, barbara]) await device.context().close();
});
