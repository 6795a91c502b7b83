import { readFileSync } from 'node:fs';
import { addDays, toCalendarDate } from '../shared/domain/calendar-date';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { AppShell } from './models/app-shell';
import { GoalEditor } from './models/goal-editor';
import { GoalPage } from './models/goal-page';
import { saveScreenshot } from './screenshots';

const TITLE = 'Ship smaller changes more often';
const METRIC = 'Deploys per week';
const DEPLOYS = 'deploys to production before the sprint ends';
const DEPLOYS_LABEL = `Each developer ${DEPLOYS}`;

test('a coach defines a goal, rewrites a vague behavior, checks in for four weeks and reads the progress and charts', async ({ page, api }) => {
  // A whole coaching journey (four weeks of check-ins, charts with their data tables, axe twice):
  // on two busy cores it runs past the default minute.
  test.slow();
  await api('setProfile', { name: 'Grace' });
  const workspace = await api('createWorkspace', { name: 'Platform team' });
  await api('createDecision', { workspaceId: workspace.id, content: { title: 'Use trunk-based development', status: 'accepted' } });
  await page.reload();

  const shell = new AppShell(page);
  const editor = new GoalEditor(page);
  const goal = new GoalPage(page);
  const today = toCalendarDate(new Date());
  const start = addDays(today, -35);
  const week = (n: number) => addDays(start, 7 * n);

  await test.step('the empty goal list teaches results first, then behaviors', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
    await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
    await page.getByRole('link', { name: 'Define the first goal' }).click();
    await editor.expectShown('New goal');
  });

  await test.step('a vague behavior is flagged, refused, then rewritten; another is kept anyway', async () => {
    await editor.fillContext({ title: TITLE, team: 'Platform team', startDate: start, wayOfWorking: 'Two-week sprints' });
    await editor.fillResult(1, { metric: METRIC, unit: 'deploys', baseline: '2', target: '10', deadline: addDays(start, 91) });
    await editor.fillBehavior(1, { who: 'Each developer', action: 'be more supportive', times: '3', per: 'week', observedBy: 'the deploy log' });

    const flag = editor.showMeFlag(1);
    await expect(flag).toContainText('Not observable yet');
    await expect(flag).toContainText('"supportive" names a trait or a value, not something you can see someone do.');
    await expect(flag).toContainText('What would you see or hear someone do?');
    await saveScreenshot(page, 'goal-editor-show-me');
    await expectNoSeriousViolations(page, 'the goal editor with a show-me flag');

    await editor.save();
    await expect(shell.alert()).toContainText('Behavior 1 ("be more supportive") does not pass the show-me check');
    await expect(editor.behavior(1).getByLabel('Does what')).toBeFocused();

    await editor.behavior(1).getByLabel('Does what').fill(DEPLOYS);
    await expect(flag).toBeHidden();

    await editor.addBehavior();
    await editor.fillBehavior(2, { who: 'Seniors', action: 'be more supportive', times: '1', per: 'sprint' });
    await expect(editor.showMeFlag(2)).toBeVisible();
    await editor.behavior(2).getByLabel('Keep anyway').check();
    await expect(editor.showMeFlag(2)).toContainText('Kept although not observable');

    await editor.save();
    await goal.expectShown(TITLE);
    await expect(goal.result(METRIC)).toContainText('No check-ins yet');
    await expect(goal.behavior('be more supportive').getByRole('note', { name: 'Show-me check' })).toContainText('Kept although not observable');
  });

  await test.step('bad check-ins get clear errors', async () => {
    await goal.fillCheckIn(week(1), { [METRIC]: 'lots' });
    await goal.saveCheckIn();
    await expect(goal.checkInDialog.getByRole('alert')).toHaveText(`${METRIC}: "lots" is not a number.`);
    await goal.checkInDialog.getByLabel('Date').fill(addDays(start, -1));
    await goal.checkInDialog.getByLabel(`${METRIC}: value`).fill('2');
    await goal.checkInDialog.getByRole('button', { name: 'Save check-in' }).click();
    await expect(goal.checkInDialog.getByRole('alert')).toHaveText(`A check-in on ${addDays(start, -1)} comes before the goal starts (${start})`);
    await goal.checkInDialog.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('four weeks of check-ins move the status from off track to on track', async () => {
    const status = goal.result(METRIC).locator('.formula-figure', { hasText: 'Status' });

    await goal.checkIn(week(1), { [METRIC]: '2', [DEPLOYS_LABEL]: '1' });
    await expect(status).toContainText('Off track');
    await expect(goal.result(METRIC)).toContainText('(2 − 2) ÷ (10 − 2) = 0%');

    await goal.checkIn(week(2), { [METRIC]: '3', [DEPLOYS_LABEL]: '2' }, { [METRIC]: 'first week on trunk' });
    await expect(status).toContainText('At risk');

    await goal.checkIn(week(3), { [METRIC]: '5', [DEPLOYS_LABEL]: '3' });
    await expect(status).toContainText('On track');

    await goal.fillCheckIn(week(4), { [METRIC]: '7', [DEPLOYS_LABEL]: '4' }, { [DEPLOYS_LABEL]: 'release train every Thursday' });
    await goal.checkInDialog.getByLabel(`${METRIC}: confidence`).selectOption('8');
    await saveScreenshot(page, 'goal-check-in');
    await expectNoSeriousViolations(page, 'the quick check-in');
    await goal.saveCheckIn();
    await expect(goal.result(METRIC)).toContainText('(latest − baseline) ÷ (target − baseline) = (7 − 2) ÷ (10 − 2) = 63%');
    await expect(status).toContainText('On track');
    await expect(status).toContainText(`at this pace 63% ÷ 31% = 203% by ${addDays(start, 91)} → on track`);
    await expect(goal.behavior(DEPLOYS)).toContainText('Weekly totals');
    await expect(goal.checkInRows()).toHaveCount(8);
  });

  await test.step('the charts show each series with its target, and behavior next to result', async () => {
    const resultChart = goal.result(METRIC).getByRole('figure');
    await expect(resultChart.locator('.recharts-line-dots circle')).toHaveCount(4);
    await expect(resultChart).toContainText('Target 10 deploys');
    await expect(goal.behavior(DEPLOYS).getByRole('figure').locator('.recharts-bar-rectangle').first()).toBeVisible();
    const combined = page.getByRole('figure', { name: `Behaviors per week next to ${METRIC}` });
    await expect(combined).toBeVisible();
    await expect(combined.locator('.recharts-reference-dot')).toHaveCount(2);
  });

  await test.step('the goal links to the decision that introduced trunk-based development', async () => {
    await page.getByRole('button', { name: 'Link a decision' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link a decision' });
    await dialog.getByLabel('Decision', { exact: true }).selectOption({ label: '0001 Use trunk-based development' });
    await dialog.getByRole('button', { name: 'Link decision' }).click();
    await expect(page.getByRole('complementary').getByRole('link', { name: '0001 Use trunk-based development' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Check-ins as CSV' }).click();
    const csv = await download;
    expect(csv.suggestedFilename()).toBe('ship-smaller-changes-more-often-check-ins.csv');
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.split('\r\n')[0]).toBe('date,kind,name,value,unit,confidence,note');
    expect(text).toContain(`${week(4)},result,${METRIC},7,deploys,8,`);

    await page.mouse.move(0, 0);
    await page.getByRole('heading', { level: 1, name: TITLE }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'goal-page');
    await page.getByRole('figure', { name: `Behaviors per week next to ${METRIC}` }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'goal-page-charts');
    await expectNoSeriousViolations(page, 'the goal page');
  });

  await test.step('the history can be corrected, and a deleted check-in comes back with Undo', async () => {
    await page.getByRole('button', { name: `Edit check-in of ${week(4)}: ${METRIC}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit check-in' });
    await dialog.getByLabel('Value').fill('8');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(goal.result(METRIC)).toContainText('(8 − 2) ÷ (10 − 2) = 75%');

    await page.getByRole('button', { name: `Delete check-in of ${week(4)}: ${METRIC}` }).click();
    await expect(goal.result(METRIC)).toContainText('(5 − 2) ÷ (10 − 2) = 38%');
    await shell.toasts.getByRole('button', { name: 'Undo' }).click();
    await expect(goal.result(METRIC)).toContainText('(8 − 2) ÷ (10 − 2) = 75%');
    await expect(goal.checkInRows()).toHaveCount(8);
  });

  await test.step('the goal list shows the status and a trend line', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
    const row = page.getByRole('listitem').filter({ hasText: TITLE });
    await expect(row).toContainText('Platform team · 1 result · 2 behaviors · 1 not observable');
    await expect(row).toContainText(`Last check-in ${week(4)}`);
    await expect(row.getByRole('img', { name: `${METRIC}: trend of 4 check-ins` })).toBeVisible();
    await saveScreenshot(page, 'goals-list');
    await expectNoSeriousViolations(page, 'the goal list');
  });
});
