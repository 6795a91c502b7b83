import { addDays, toCalendarDate } from '../shared/domain/calendar-date';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { openRoute } from './open-route';
import { SAMPLE_GOAL, SAMPLE_METRIC, createSampleGoal } from './sample-goal';
import { createSampleLog } from './sample-log';

test('every chart is a named picture with its numbers in a table, its notes reachable by keyboard', async ({ page, api }) => {
  const { workspaceId } = await createSampleLog(api);
  const today = toCalendarDate(new Date());
  const start = addDays(today, -28);
  const { goal } = await createSampleGoal(api, workspaceId, start);
  const [result] = goal.results;
  const [behavior] = goal.behaviors;
  if (!result || !behavior) throw new Error('the sample goal was created without its result or behavior');
  for (const [week, value, note] of [[0, 3, ''], [7, 5, 'first week on trunk'], [14, 4, ''], [21, 6, '']] as const) {
    await api('recordCheckIns', {
      goalId: goal.id,
      date: addDays(start, week),
      entries: [
        { subject: 'result', subjectId: result.id, value, note },
        { subject: 'behavior', subjectId: behavior.id, value: 2 },
      ],
    });
  }
  const main = page.getByRole('main');

  await test.step('the goal page: three charts, each named, none an unnamed application', async () => {
    await openRoute(page, `#/goals/${goal.id}`);
    await expect(page.getByRole('heading', { level: 1, name: SAMPLE_GOAL })).toBeVisible();
    await expect(main.locator('[role="application"]')).toHaveCount(0);
    const charts = main.getByRole('img', { name: /over time|total per|Behaviors per week/ });
    await expect(charts).toHaveCount(3);
    await expect(main.getByRole('img', { name: new RegExp(`^${SAMPLE_METRIC} over time, 4 check-ins from ${start} to ${addDays(start, 21)}: 3 deploys, 5 deploys, 4 deploys and 6 deploys`) })).toBeVisible();
    await expect(main.getByRole('img', { name: /Behaviors per week next to .*notes in 1 week/ })).toBeVisible();
    await expect(main.locator('details.chart-data')).toHaveCount(3);
  });

  await test.step('"Show data" opens by keyboard; the combined table holds the week note the chart shows only on hover', async () => {
    const combined = main.getByRole('region', { name: /^Behaviors and result/ });
    const summary = combined.locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const table = combined.getByRole('table', { name: `Behaviors and ${SAMPLE_METRIC}, week by week` });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row').filter({ hasText: 'first week on trunk' })).toHaveCount(1);
    await expectNoSeriousViolations(page, 'the goal page with a chart table open');
  });

  await test.step('the home and goals pages: the sparkline says its values', async () => {
    const name = `${SAMPLE_METRIC}: trend of 4 check-ins: 3, 5, 4, 6; target 10`;
    await openRoute(page, '#/home');
    await expect(main.getByRole('img', { name })).toBeVisible();
    await openRoute(page, '#/goals');
    await expect(main.getByRole('img', { name })).toBeVisible();
  });
});
