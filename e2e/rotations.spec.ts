import { readFileSync } from 'node:fs';
import { addDays, toCalendarDate } from '../shared/domain/calendar-date';
import { expectNoSeriousViolations } from './axe-check';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HostApi } from './host-api';
import { AppShell } from './models/app-shell';
import { RotationPage } from './models/rotation-page';
import { saveScreenshot } from './screenshots';

test('a team runs its Friday teaching slot: absence with preview, swap, a backlog topic, a logged session, the calendar and a stuck timer', async ({ page, api }) => {
  const shell = new AppShell(page);
  const rotations = new RotationPage(page);
  await api('setProfile', { name: 'Ada' });
  await api('createWorkspace', { name: 'Payments platform' });
  await page.reload();

  await test.step('the empty list teaches what a rotation is', async () => {
    await rotations.openList();
    await expect(page.getByRole('heading', { name: 'No rotations yet' })).toBeVisible();
    await saveScreenshot(page, 'rotations-empty');
  });

  // Started three weeks ago, so there are past sessions to log and upcoming ones to plan.
  const startDate = addDays(toCalendarDate(new Date()), -21);
  await test.step('create a weekly teaching rotation with three members', async () => {
    await rotations.create({ name: 'Friday teaching', members: ['Ada', 'Grace', 'Linus'], weekday: 'Friday', startDate, time: '15:00' });
    await expect(rotations.scheduleRows).toHaveCount(12);
    const fairness = rotations.main.getByRole('table').nth(1);
    await expect(fairness.getByRole('rowheader')).toHaveText(['Ada', 'Grace', 'Linus']);
    await saveScreenshot(page, 'rotation-schedule');
    // Half a year ahead, then back to the first twelve.
    await rotations.main.getByLabel('Dates shown').selectOption('26');
    await expect(rotations.scheduleRows).toHaveCount(26);
    await rotations.main.getByLabel('Dates shown').selectOption('12');
    await expect(rotations.scheduleRows).toHaveCount(12);
  });

  await test.step('mark the next presenter absent: the preview shows the re-queued turn before it is applied', async () => {
    const first = (await rotations.holder(0).innerText()).trim();
    const second = (await rotations.holder(1).innerText()).trim();
    await rotations.scheduleRows.first().getByRole('button', { name: /is away on/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark an absence' });
    await expect(dialog.getByLabel('Member')).toHaveValue(/.+/);
    await dialog.getByLabel('Reason (optional)').fill('Conference');
    const preview = dialog.getByRole('region', { name: 'Preview' });
    const firstChange = preview.getByRole('row').nth(1);
    await expect(firstChange.getByRole('cell').nth(1)).toHaveText(first);
    await expect(firstChange.getByRole('cell').nth(2)).toHaveText(second);
    await expect(preview.getByRole('row').nth(2).getByRole('cell').nth(2)).toHaveText(first);
    await saveScreenshot(page, 'rotation-change-preview');
    await dialog.getByRole('button', { name: 'Apply change' }).click();
    await expect(dialog).toBeHidden();

    await expect(rotations.holder(0)).toHaveText(second);
    await expect(rotations.holder(1)).toHaveText(first);
    await expect(rotations.scheduleRows.first()).toContainText(`${first} away — goes next`);
    await expect(rotations.main.getByRole('list').filter({ hasText: 'Conference' })).toBeVisible();
  });

  await test.step('swap the third and fourth turns', async () => {
    const third = (await rotations.holder(2).innerText()).trim();
    const fourth = (await rotations.holder(3).innerText()).trim();
    await rotations.scheduleRows.nth(2).getByRole('button', { name: /^Swap/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Swap two turns' });
    const fourthDate = await dialog.getByLabel('With this turn').locator('option').nth(4).getAttribute('value');
    await dialog.getByLabel('With this turn').selectOption(fourthDate ?? '');
    await expect(dialog.getByRole('region', { name: 'Preview' }).getByRole('row')).toHaveCount(3);
    await dialog.getByRole('button', { name: 'Apply change' }).click();
    await expect(dialog).toBeHidden();
    await expect(rotations.holder(2)).toHaveText(fourth);
    await expect(rotations.holder(3)).toHaveText(third);
  });

  const next = (await rotations.holder(0).innerText()).trim();
  await test.step('propose a topic, vote for it and assign it to the next session', async () => {
    await rotations.tab(/Topic backlog/).click();
    await expect(page.getByText('No topics yet.')).toBeVisible();
    await rotations.main.getByRole('textbox', { name: 'Topic', exact: true }).fill('Property-based testing');
    await rotations.main.getByLabel('Why it matters (optional)').fill('Let the computer find the edge cases.');
    await rotations.main.getByRole('button', { name: 'Propose' }).click();
    const topic = rotations.main.getByRole('listitem', { name: 'Property-based testing' });
    await expect(topic).toContainText('Proposed by Ada');
    await topic.getByRole('button', { name: 'Vote for Property-based testing' }).click();
    await expect(topic.getByRole('button', { name: 'Vote for Property-based testing' })).toHaveAttribute('aria-pressed', 'true');
    const session = topic.getByLabel('Session for Property-based testing');
    await session.selectOption({ index: 1 });
    await expect(shell.toast(/“Property-based testing” is on/)).toBeVisible();
    await saveScreenshot(page, 'rotation-backlog');

    await rotations.tab('Schedule').click();
    await expect(rotations.scheduleRows.first()).toContainText('Property-based testing');
    await expect(page.getByText(`Next up: ${next}`)).toBeVisible();
  });

  await test.step('log the last session with attendance and feedback', async () => {
    await rotations.tab('Session log').click();
    const latest = rotations.main.getByRole('listitem').first();
    await latest.getByRole('button', { name: 'Log session' }).click();
    const dialog = page.getByRole('dialog', { name: /^Log / });
    await dialog.getByLabel('What was taught').fill('Tracing requests end to end');
    await dialog.getByLabel('Grace').check();
    await dialog.getByLabel('Linus').check();
    await dialog.getByRole('button', { name: 'Save log' }).click();
    await expect(latest).toContainText('Tracing requests end to end');
    await expect(latest).toContainText('Attended: Grace, Linus');

    await latest.getByRole('button', { name: 'Give feedback' }).click();
    const feedback = page.getByRole('dialog', { name: /^Feedback on/ });
    await feedback.getByLabel('5').check();
    await feedback.getByLabel('Comment (optional)').fill('Clear and practical');
    await feedback.getByRole('button', { name: 'Send feedback' }).click();
    await expect(latest).toContainText('★ 5 (1)');
    await expect(latest).toContainText('5/5 · Ada: Clear and practical');
    await saveScreenshot(page, 'rotation-log');
  });

  await test.step('download the calendar: one event per turn with stable UIDs', async () => {
    const downloading = page.waitForEvent('download');
    await rotations.main.getByRole('button', { name: 'Download calendar (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('friday-teaching.ics');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const uids = [...text.matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1]);
    expect(uids.length).toBe(26);
    expect(new Set(uids).size).toBe(26);
    expect(text).toContain(`SUMMARY:Friday teaching: ${next} — Property-based testing`);
    expect(text).toMatch(/DTSTART:\d{8}T1[34]0000Z/);
  });

  await test.step('the list shows who is next', async () => {
    await rotations.openList();
    const row = rotations.main.getByRole('list', { name: 'Rotations' }).getByRole('listitem').filter({ hasText: 'Friday teaching' });
    await expect(row).toContainText(`Next: ${next}`);
    // In the rotation's zone, and in the viewer's too where that is another.
    await expect(row).toContainText(/every Friday at 15:00 Europe\/Berlin( · .+ your time \(.+\))? · 3 members/);
    await expect(rotations.main.getByRole('region', { name: 'Your next turns' })).toContainText('Friday teaching');

    await rotations.main.getByLabel('What are you stuck on?').fill('The flaky payment test');
    await rotations.main.getByRole('button', { name: 'Start timer' }).click();
    const timer = rotations.main.getByRole('listitem', { name: 'The flaky payment test' });
    await expect(timer).toContainText('Ada · 0 min');
    await expect(timer).toContainText('At 4 hours Cairn will suggest a walk.');
    await saveScreenshot(page, 'rotations-list');
  });
});

test('a rotating duty role shows its holder, secondary and checklist', async ({ page, api }) => {
  const rotations = await openWeeklyRole(page, api, {
    name: 'Security Commander',
    durationMinutes: 480,
    checklist: '- Triage new security alerts every morning\n- Open tickets; **do not fix** them yourself\n- Hand over open items on Friday',
    withSecondary: true,
  });
  await expect(rotations.main.getByRole('columnheader', { name: 'Secondary' })).toBeVisible();
  await expect(rotations.scheduleRows.first().getByRole('cell').nth(1)).toHaveText('Ada');
  await expect(rotations.scheduleRows.first().getByRole('cell').nth(2)).toHaveText('Grace');
  await expect(rotations.tab(/Topic backlog/)).toHaveCount(0);
  await saveScreenshot(page, 'rotation-role');

  await rotations.tab('Checklist').click();
  await expect(rotations.main.getByRole('listitem')).toHaveCount(3);
  await expect(rotations.main.getByText('do not fix', { exact: true })).toHaveJSProperty('tagName', 'STRONG');
});

test('a new order of the members from a date: previewed, applied, listed and taken back', async ({ page, api }) => {
  const rotations = await openWeeklyRole(page, api, { name: 'Release captain', durationMinutes: 60 });
  const shell = new AppShell(page);
  const holders = rotations.scheduleRows.locator('td:nth-child(2)');
  await expect(holders.nth(0)).toHaveText('Ada');
  const firstDate = (await rotations.scheduleRows.first().getByRole('cell').first().textContent()) ?? '';

  await rotations.main.getByRole('button', { name: 'Change order' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the order' });
  const names = dialog.locator('.member-order-name');
  // It starts from the order the turns come in, from the first upcoming turn.
  await expect(names).toHaveText(['Ada', 'Grace', 'Linus']);
  await expect(dialog.getByRole('button', { name: 'Move Ada earlier' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Move Linus earlier' }).click();
  await dialog.getByRole('button', { name: 'Move Linus earlier' }).click();
  await expect(names).toHaveText(['Linus', 'Ada', 'Grace']);
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('row').nth(1)).toContainText(/Ada\s*Linus/);
  await expectNoSeriousViolations(page, 'the change-order dialog');
  await saveScreenshot(page, 'rotation-reorder');
  await dialog.getByRole('button', { name: 'Apply change' }).click();
  await expect(dialog).toBeHidden();

  await expect(holders.nth(0)).toHaveText('Linus');
  await expect(holders.nth(1)).toHaveText('Ada');
  await expect(holders.nth(2)).toHaveText('Grace');
  await expect(rotations.main.getByText(`New order from ${firstDate}: Linus, Ada, Grace`)).toBeVisible();

  await shell.toasts.getByRole('button', { name: 'Undo' }).last().click();
  await expect(holders.nth(0)).toHaveText('Ada');
  await expect(rotations.main.getByText(/New order from/)).toHaveCount(0);
});

/** A weekly role of Ada, Grace and Linus from today, Mondays 09:00 UTC, opened on its page. */
async function openWeeklyRole(page: Page, api: HostApi, options: { name: string; durationMinutes: number; checklist?: string; withSecondary?: boolean }): Promise<RotationPage> {
  const rotations = new RotationPage(page);
  await api('setProfile', { name: 'Grace' });
  const workspace = await api('createWorkspace', { name: 'Payments platform' });
  const role = await api('createRotation', {
    workspaceId: workspace.id,
    kind: 'role',
    members: ['Ada', 'Grace', 'Linus'],
    cadence: { kind: 'weekly', weekday: 1, everyWeeks: 1 },
    startDate: toCalendarDate(new Date()),
    time: '09:00',
    timeZone: 'UTC',
    ...options,
  });
  await page.reload();
  await page.evaluate((id) => {
    window.location.hash = `#/rotations/${id}`;
  }, role.id);
  await expect(rotations.main.getByRole('heading', { level: 1, name: options.name })).toBeVisible();
  return rotations;
}
