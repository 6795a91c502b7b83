import { expect, test } from './fixtures';
import { openRoute } from './open-route';
import { SessionPage } from './models/session-page';

test('the session timer tells a screen reader, politely, when two minutes are left and when time is up', async ({ page, api }) => {
  await api('setProfile', { name: 'Fran Facilitator' });
  const workspace = await api('createWorkspace', { name: 'Orders team' });
  const created = await api('createSession', { workspaceId: workspace.id, title: 'Pick a message broker for orders' });
  // The page's clock is under the test's control, so minutes pass without waiting for them.
  await page.clock.install();
  await openRoute(page, `#/sessions/${created.id}`);
  const session = new SessionPage(page);
  await session.expectShown('Pick a message broker for orders');
  await session.expectPhase('Frame');
  const notice = session.timer.locator('[aria-live="polite"]');

  await test.step('with the five-minute frame just started it says nothing', async () => {
    await expect(notice).toHaveText('');
  });

  await test.step('after three minutes: "2 minutes left"', async () => {
    await page.clock.fastForward('03:01');
    await expect(notice).toHaveText('2 minutes left');
  });

  await test.step('after five: "Time is up"', async () => {
    await page.clock.fastForward('02:00');
    await expect(notice).toHaveText('Time is up');
    await expect(session.timer).toContainText('Over time');
  });

  await test.step('five more minutes bring the time back and quiet it', async () => {
    await session.timer.getByRole('button', { name: '+5 min' }).click();
    await expect(notice).toHaveText('');
  });
});
