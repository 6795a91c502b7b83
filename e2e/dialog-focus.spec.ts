import { addDays, toCalendarDate } from '../shared/domain/calendar-date';
import { expect, test } from './fixtures';
import { openRoute } from './open-route';
import { expectFocusBackAfterClosing } from './models/dialog-focus';
import { createSampleGoal } from './sample-goal';
import { createSampleLog } from './sample-log';

/** Every dialog gives the focus back to the control that opened it, dismissed with Esc or its Cancel. */

test('closing a dialog puts the focus back on the control that opened it', async ({ page, api }) => {
  const { workspaceId, ids } = await createSampleLog(api);
  const today = toCalendarDate(new Date());
  const start = addDays(today, -14);
  const goal = await createSampleGoal(api, workspaceId, start);
  const [result] = goal.goal.results;
  if (!result) throw new Error('the goal was created without its result');
  await api('recordCheckIns', { goalId: goal.goal.id, date: addDays(start, 7), entries: [{ subject: 'result', subjectId: result.id, value: 3 }] });
  const rotation = await api('createRotation', {
    workspaceId,
    name: 'Friday teaching',
    kind: 'teaching',
    members: ['Ada', 'Grace', 'Linus'],
    cadence: { kind: 'weekly', weekday: 5, everyWeeks: 1 },
    startDate: addDays(today, -28),
    time: '15:00',
    durationMinutes: 45,
    timeZone: 'UTC',
  });
  const main = page.getByRole('main');
  const dialog = (name: string | RegExp) => page.getByRole('dialog', { name });

  await test.step('a decision: delete, start a session, supersede', async () => {
    await openRoute(page, `#/decisions/${ids[1]}`);
    await expectFocusBackAfterClosing(main.getByRole('button', { name: 'Delete', exact: true }), dialog('Delete decision?'), { button: 'Cancel' });
    await expectFocusBackAfterClosing(main.getByRole('button', { name: 'Start a session' }), dialog('Start a decision session'), 'Escape');
    await expectFocusBackAfterClosing(main.getByRole('button', { name: 'Supersede' }), dialog(/^Supersede \d{4}$/), { button: 'Cancel' });
  });

  await test.step('the editor: discard changes', async () => {
    await openRoute(page, `#/decisions/${ids[1]}/edit`);
    await main.getByLabel('Title', { exact: true }).fill('Use PostgreSQL for the ledger and the audit log');
    await expectFocusBackAfterClosing(main.getByRole('button', { name: 'Cancel' }), dialog('Discard changes?'), { button: 'Keep editing' });
  });

  await test.step('a goal: edit a check-in, delete the goal', async () => {
    await openRoute(page, `#/goals/${goal.goal.id}`);
    await expectFocusBackAfterClosing(main.getByRole('button', { name: /^Edit check-in of / }), dialog('Edit check-in'), { button: 'Cancel' });
    await expectFocusBackAfterClosing(main.getByRole('button', { name: 'Delete', exact: true }), dialog('Delete goal?'), 'Escape');
  });

  await test.step('a rotation: a change, its settings, the log, delete', async () => {
    await openRoute(page, `#/rotations/${rotation.id}`);
    await expectFocusBackAfterClosing(main.getByRole('button', { name: 'Mark absence' }), dialog('Mark an absence'), { button: 'Cancel' });
    await expectFocusBackAfterClosing(main.getByRole('button', { name: /^Cover .*: someone else takes the turn$/ }).first(), dialog('Someone else takes a turn'), 'Escape');
    await expectFocusBackAfterClosing(main.getByRole('button', { name: 'Edit', exact: true }), dialog('Edit Friday teaching'), { button: 'Cancel' });
    await expectFocusBackAfterClosing(main.getByRole('button', { name: 'Delete', exact: true }), dialog('Delete Friday teaching?'), { button: 'Keep it' });
    await main.getByRole('tab', { name: 'Session log' }).click();
    await expectFocusBackAfterClosing(main.getByRole('button', { name: /^(Log session|Edit log)$/ }).first(), dialog(/^Log /), { button: 'Cancel' });
  });

  await test.step('the graph export, the backups, the palette and the shortcut help', async () => {
    await openRoute(page, '#/graph');
    await expectFocusBackAfterClosing(main.getByRole('button', { name: 'Export Mermaid' }), dialog('Export as Mermaid'), 'Escape');
    await expectFocusBackAfterClosing(page.getByRole('banner').getByRole('button', { name: 'Data & backups' }), dialog('Data & backups'), { button: 'Close' });

    const exportSvg = main.getByRole('button', { name: 'Export SVG' });
    await exportSvg.focus();
    await page.keyboard.press('Control+k');
    await expect(dialog('Go to')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog('Go to')).toBeHidden();
    await expect(exportSvg).toBeFocused();
    await page.keyboard.press('?');
    await expect(dialog('Keyboard shortcuts')).toBeVisible();
    await dialog('Keyboard shortcuts').getByRole('button', { name: 'Done' }).click();
    await expect(exportSvg).toBeFocused();
  });
});
