import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addDays, toCalendarDate } from '../shared/domain/calendar-date';
import { expect, test } from './fixtures';
import { openRoute } from './open-route';
import { RotationPage } from './models/rotation-page';
import { saveScreenshot } from './screenshots';

/** Closes the toasts, which would cover the side panels in a screenshot. */
async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Dismiss message' });
  while ((await close.count()) > 0) await close.first().click();
}

test('a logged teaching session links to a decision and a goal, counts toward the goal’s behavior, and is written to the sync folder', async ({ page, api }) => {
  const rotations = new RotationPage(page);
  const today = toCalendarDate(new Date());
  await api('setProfile', { name: 'Ada' });
  const workspace = await api('createWorkspace', { name: 'Payments platform' });
  await api('createDecision', { workspaceId: workspace.id, content: { title: 'Test with generated inputs' } });
  const goal = await api('createGoal', {
    workspaceId: workspace.id,
    title: 'A team that learns together',
    startDate: addDays(today, -60),
    results: [{ metric: 'Topics taught', baseline: 0, target: 12, direction: 'increase', deadline: addDays(today, 300) }],
    behaviors: [{ who: 'Each developer', action: 'teaches the team a topic', targetCount: 1, period: 'sprint' }],
  });
  // Started three weeks ago and meeting on today's weekday, so there are past sessions to log.
  const rotation = await api('createRotation', {
    workspaceId: workspace.id,
    name: 'Weekly teaching',
    kind: 'teaching',
    members: ['Ada', 'Grace', 'Linus'],
    cadence: { kind: 'weekly', weekday: new Date(`${today}T12:00:00Z`).getUTCDay() || 7 },
    startDate: addDays(today, -21),
    time: '00:00',
    durationMinutes: 45,
    timeZone: 'UTC',
  });
  await openRoute(page, `#/rotations/${rotation.id}`);
  await expect(rotations.main.getByRole('heading', { level: 1, name: 'Weekly teaching' })).toBeVisible();

  const latest = rotations.main.getByRole('listitem').first();
  await test.step('make the rotation count toward the goal’s behavior and link a logged session', async () => {
    await rotations.tab('Session log').click();
    const target = rotations.main.getByLabel('Each logged session counts toward');
    await target.selectOption({ label: 'Each developer teaches the team a topic' });
    await expect(page.getByText('Sessions now count toward “teaches the team a topic”')).toBeVisible();
    await expect(rotations.main.getByRole('link', { name: 'Open A team that learns together' })).toBeVisible();

    await latest.getByRole('button', { name: 'Log session' }).click();
    const dialog = page.getByRole('dialog', { name: /^Log / });
    await dialog.getByLabel('What was taught').fill('Property-based testing with fast-check');
    await dialog.getByLabel('About decisions').selectOption({ label: '0001 Test with generated inputs' });
    await dialog.getByLabel('About goals').selectOption({ label: 'A team that learns together' });
    await expect(dialog.getByRole('list', { name: 'Linked decisions' })).toHaveText('0001 Test with generated inputs');
    await saveScreenshot(page, 'rotation-log-links-dialog');
    await dialog.getByRole('button', { name: 'Save log' }).click();
    await expect(dialog).toBeHidden();
    await expect(latest).toContainText('About: 0001 Test with generated inputs, A team that learns together');
    await dismissToasts(page);
    await saveScreenshot(page, 'rotation-log-links');
  });

  await test.step('the decision lists the session it was the topic of', async () => {
    await latest.getByRole('link', { name: '0001 Test with generated inputs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Test with generated inputs/ })).toBeVisible();
    const sessions = page.getByRole('region', { name: 'Rotation sessions' });
    await expect(sessions.getByRole('link', { name: 'Property-based testing with fast-check' })).toBeVisible();
    await expect(sessions).toContainText('Weekly teaching');
    await dismissToasts(page);
    await sessions.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'decision-rotation-sessions');
  });

  await test.step('the goal lists the session and the behavior’s check-in it recorded', async () => {
    await openRoute(page, `#/goals/${goal.goal.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'A team that learns together' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Rotation sessions' }).getByRole('link', { name: 'Property-based testing with fast-check' })).toBeVisible();
    await expect(page.getByRole('cell', { name: /^Weekly teaching: \w+ taught a session$/ })).toBeVisible();
    await saveScreenshot(page, 'goal-rotation-sessions');
  });

  await test.step('the session link goes back to the rotation', async () => {
    await page.getByRole('region', { name: 'Rotation sessions' }).getByRole('link', { name: 'Property-based testing with fast-check' }).click();
    await expect(rotations.main.getByRole('heading', { level: 1, name: 'Weekly teaching' })).toBeVisible();
  });

  await test.step('with a sync folder linked, the log is written into its rotations/ subfolder', async () => {
    await expect(rotations.main.getByRole('button', { name: 'Write to sync folder' })).toHaveCount(0);
    const folder = mkdtempSync(path.join(tmpdir(), 'cairn-rotation-sync-'));
    await api('linkSyncFolder', { workspaceId: workspace.id, path: folder, dialect: null });
    await page.reload();
    await rotations.main.getByRole('button', { name: 'Write to sync folder' }).click();
    const file = path.join(folder, 'rotations', 'weekly-teaching.md');
    await expect(page.getByText(`Wrote ${file}`)).toBeVisible();
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('About: 0001 Test with generated inputs, goal “A team that learns together”');
    rmSync(folder, { recursive: true, force: true });
  });
});
