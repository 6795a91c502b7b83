import { addDays, toCalendarDate } from '../shared/domain/calendar-date';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { openRoute } from './open-route';
import { saveScreenshot } from './screenshots';

// The viewer's computer is in New York; the team's rotations keep Berlin's and Tokyo's clocks.
test.use({ timezoneId: 'America/New_York', viewport: { width: 1440, height: 900 } });

/** ISO weekday (1 Monday … 7 Sunday) of a calendar date. */
function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

test('a viewer in another zone sees turn times in both zones, the handover for their turn, and minutes in their own zone', async ({ page, api }) => {
  test.slow();
  const today = toCalendarDate(new Date());
  const workspace = await api('createWorkspace', { name: 'Payments platform' });
  // A weekly role whose last turn began two days ago; the holder of the next one reads its handover.
  const role = await api('createRotation', {
    workspaceId: workspace.id,
    name: 'Security Commander',
    kind: 'role',
    members: ['Ana', 'Ben', 'Chen'],
    cadence: { kind: 'weekly', weekday: weekdayOf(addDays(today, -2)) },
    startDate: addDays(today, -30),
    time: '15:00',
    durationMinutes: 30,
    timeZone: 'Europe/Berlin',
  });
  const turns = (await api('getRotationSchedule', { id: role.id, from: addDays(today, -2), count: 2 })).occurrences;
  const [last, next] = [turns[0]!, turns[1]!];
  await api('saveRotationLogEntry', { rotationId: role.id, date: last.date, handover: 'INC-12 is still open; the pager battery is low.' });
  // Monday 08:00 in Tokyo is Sunday evening in New York: the viewer's day is named.
  await api('createRotation', {
    workspaceId: workspace.id,
    name: 'Tokyo teaching',
    kind: 'teaching',
    members: ['Kenji', 'Yuki'],
    cadence: { kind: 'weekly', weekday: 1 },
    startDate: addDays(today, -30),
    time: '08:00',
    durationMinutes: 45,
    timeZone: 'Asia/Tokyo',
  });
  await api('setProfile', { name: next.memberName! });
  await page.reload();

  const main = page.getByRole('main');
  await test.step('home names the turn in the rotation’s zone and the viewer’s, and gives the next holder the handover', async () => {
    await expect(main.getByRole('heading', { level: 1, name: 'Payments platform' })).toBeVisible();
    const card = main.getByRole('region', { name: 'Whose turn it is' });
    await expect(card).toContainText(`${last.memberName} holds it from`);
    await expect(card).toContainText(/15:00 Europe\/Berlin · 0[89]:00 your time \(America\/New_York\)/);
    await expect(card).toContainText(/08:00 Asia\/Tokyo · 1[89]:00 on \w{3},? \d{1,2} \w{3} your time \(America\/New_York\)/);
    const note = card.getByRole('note', { name: `Handover from ${last.memberName}` });
    await expect(note).toContainText('INC-12 is still open; the pager battery is low.');
    await expect(note).toContainText('for your turn on');
    await saveScreenshot(page, 'zones-home');
    await expectNoSeriousViolations(page, 'home with turn times in two zones and a handover');
  });

  await test.step('the rotation page shows the next turn in both zones and the handover beside it', async () => {
    await main.getByRole('region', { name: 'Whose turn it is' }).getByRole('link', { name: 'Security Commander' }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'Security Commander' })).toBeVisible();
    await expect(main.getByText(/^Next up:/)).toContainText(/15:00 Europe\/Berlin · 0[89]:00 your time \(America\/New_York\)/);
    await expect(page.getByText(/at 15:00 Europe\/Berlin · 0[89]:00 your time/).first()).toBeVisible();
    const note = main.getByRole('note', { name: `Handover from ${last.memberName}` });
    await expect(note).toContainText(`for ${next.memberName}, who takes over`);
    await expect(note).toContainText('INC-12 is still open');
    await saveScreenshot(page, 'zones-rotation');
    await expectNoSeriousViolations(page, 'a role rotation with its handover');
  });

  await test.step('the list and the viewer’s own turns say the same', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rotations' }).click();
    const list = main.getByRole('list', { name: 'Rotations' });
    await expect(list.getByRole('listitem').filter({ hasText: 'Security Commander' })).toContainText(/at 15:00 Europe\/Berlin · 0[89]:00 your time \(America\/New_York\)/);
    await expect(list.getByRole('listitem').filter({ hasText: 'Tokyo teaching' })).toContainText(/at 08:00 Asia\/Tokyo · 1[89]:00 on .+ your time/);
    const mine = main.getByRole('region', { name: 'Your next turns' });
    await expect(mine.getByRole('listitem').first()).toContainText(/15:00 Europe\/Berlin · 0[89]:00 your time \(America\/New_York\)/);
    await saveScreenshot(page, 'zones-rotations');
  });

  await test.step('at a phone’s width the times and the handover wrap rather than overflow', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openRoute(page, '#/');
    await expect(main.getByRole('heading', { level: 1, name: 'Payments platform' })).toBeVisible();
    const card = main.getByRole('region', { name: 'Whose turn it is' });
    await expect(card.getByRole('note')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'zones-home-390');
    await page.setViewportSize({ width: 1440, height: 900 });
    await openRoute(page, '#/rotations');
    await expect(main.getByRole('heading', { level: 1, name: 'Rotations' })).toBeVisible();
  });

  await test.step('a teaching rotation has no handover to show', async () => {
    await main.getByRole('link', { name: 'Tokyo teaching' }).first().click();
    await expect(main.getByRole('heading', { level: 1, name: 'Tokyo teaching' })).toBeVisible();
    await expect(main.getByText(/^Next up:/)).toBeVisible();
    await expect(main.getByRole('note')).toHaveCount(0);
  });

  await test.step('the minutes give times in the facilitator’s own zone, named', async () => {
    const session = await api('createSession', { workspaceId: workspace.id, title: 'Pick a message queue' });
    await openRoute(page, `#/sessions/${session.id}`);
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Minutes' }).click();
    await expect(page.getByRole('dialog', { name: 'Minutes' })).toContainText('America/New_York');
  });
});
