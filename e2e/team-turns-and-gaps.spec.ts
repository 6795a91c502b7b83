import { addDays, toCalendarDate } from '../shared/domain/calendar-date';
import { expect, test } from './fixtures';
import { GoalPage } from './models/goal-page';
import { openRoute } from './open-route';
import { RotationPage } from './models/rotation-page';

/** ISO weekday of a calendar date: 1 is Monday, 7 is Sunday. */
function isoWeekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
}

test('a swap, then a cover of the swapped turn: the coverer holds it, and the covered member owes and repays', async ({ page, api }) => {
  const rotations = new RotationPage(page);
  await api('setProfile', { name: 'Ana' });
  const workspace = await api('createWorkspace', { name: 'Payments platform' });
  // Starting tomorrow, so every turn is still ahead and can be changed.
  const start = addDays(toCalendarDate(new Date()), 1);
  const rotation = await api('createRotation', {
    workspaceId: workspace.id,
    name: 'Weekly teaching',
    kind: 'teaching',
    members: ['Ana', 'Ben', 'Chen'],
    cadence: { kind: 'weekly', weekday: isoWeekday(start) },
    startDate: start,
    time: '15:00',
    durationMinutes: 45,
    timeZone: 'UTC',
  });
  await page.reload();
  await openRoute(page, `#/rotations/${rotation.id}`);
  await expect(rotations.main.getByRole('heading', { level: 1, name: 'Weekly teaching' })).toBeVisible();
  for (const [row, name] of ['Ana', 'Ben', 'Chen'].entries()) await expect(rotations.holder(row)).toHaveText(name);

  await test.step('swap the first two turns', async () => {
    await rotations.scheduleRows.first().getByRole('button', { name: /^Swap/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Swap two turns' });
    await dialog.getByLabel('With this turn').selectOption(addDays(start, 7));
    await dialog.getByRole('button', { name: 'Apply change' }).click();
    await expect(dialog).toBeHidden();
    await expect(rotations.holder(0)).toHaveText('Ben');
    await expect(rotations.holder(1)).toHaveText('Ana');
  });

  await test.step('Chen covers the first turn, which Ben now holds', async () => {
    await rotations.scheduleRows.first().getByRole('button', { name: /^Cover .*: someone else takes the turn$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else takes a turn' });
    await dialog.getByLabel('Taken by').selectOption({ label: 'Chen' });
    await dialog.getByRole('button', { name: 'Apply change' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the schedule, the fairness table and the changes agree', async () => {
    await expect(rotations.holder(0)).toHaveText('Chen');
    await expect(rotations.scheduleRows.nth(0)).toContainText('covering');
    await expect(rotations.holder(1)).toHaveText('Ana');
    await expect(rotations.holder(2)).toHaveText('Ben');
    await expect(rotations.scheduleRows.nth(2)).toContainText('repays a cover');
    const ben = rotations.main.getByRole('table').nth(1).getByRole('row', { name: /^Ben/ });
    await expect(ben.getByRole('cell').nth(2)).toContainText('1');
    await expect(ben.getByRole('cell').nth(2)).toContainText('Chen covered');
    await expect(ben.getByRole('cell').nth(2)).toContainText('repays');
    const changes = rotations.main.getByRole('list').filter({ hasText: 'Swap' });
    await expect(changes.getByRole('listitem')).toHaveCount(2);
    await expect(changes).toContainText('Chen takes');
  });
});

test('a goal with weeks without check-ins: the pace counts only the weeks that have data, and says so', async ({ page, api }) => {
  const goalPage = new GoalPage(page);
  await api('setProfile', { name: 'Grace' });
  const workspace = await api('createWorkspace', { name: 'Platform team' });
  const today = toCalendarDate(new Date());
  // Six weeks up to today; weeks 1 and 4 have no check-in, weeks 2, 3, 5 and 6 have 2, 3, 4 and 3.
  const start = addDays(today, -41);
  const view = await api('createGoal', {
    workspaceId: workspace.id,
    title: 'Ship smaller changes more often',
    startDate: start,
    results: [{ metric: 'Deploys per month', unit: 'deploys', baseline: 4, target: 20, direction: 'increase', deadline: addDays(start, 180) }],
    behaviors: [{ who: 'Each developer', action: 'deploys to production', targetCount: 3, period: 'week', observedBy: 'the deploy log' }],
  });
  const behaviorId = view.goal.behaviors[0]!.id;
  for (const [day, value] of [[8, 2], [15, 3], [29, 4], [36, 3]] as const) {
    await api('recordCheckIns', { goalId: view.goal.id, date: addDays(start, day), entries: [{ subject: 'behavior', subjectId: behaviorId, value }] });
  }
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Ship smaller changes more often' }).click();
  await goalPage.expectShown('Ship smaller changes more often');

  const behavior = goalPage.behavior('deploys to production');
  const pace = behavior.locator('.formula-figure').filter({ has: page.getByText('Per week', { exact: true }) });
  await expect(pace).toContainText('3');
  await expect(pace).toContainText('total ÷ weeks with check-ins = 12 ÷ 4 = 3 per week (2 weeks without check-ins left out)');
  await expect(behavior.locator('.formula-figure', { hasText: 'Status' })).toContainText('On track');
  await expect(behavior.getByRole('table', { name: 'Weekly totals' })).toContainText('no data');
});
