import { expectNoSeriousViolations } from './axe-check';
import { arrangeEveryRoute } from './every-route';
import { expect, test } from './fixtures';
import { openRoute } from './open-route';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

// Two groups per theme and width, so that each test stays well inside its time on a busy machine.
const GROUPS = {
  'the decision pages': ['home', 'decisions', 'decision', 'editor', 'history', 'review', 'graph', 'timeline', 'sync'],
  'the session, goal and rotation pages': ['sessions', 'session', 'goals', 'goal', 'goal-editor', 'new-goal', 'rotations', 'teaching-rotation', 'role-rotation', 'not-found'],
} as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    for (const [group, names] of Object.entries(GROUPS)) {
      test(`${group} have no serious accessibility violations in the ${colorScheme} theme at ${size.width}px`, async ({ page, api }) => {
        test.setTimeout(300_000);
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme });
        const routes = (await arrangeEveryRoute(api)).filter((route) => (names as readonly string[]).includes(route.name));
        expect(routes.map((route) => route.name)).toEqual(names);
        for (const route of routes) {
          await test.step(route.name, async () => {
            await openRoute(page, route.hash);
            await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
            await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
            await expectNoSeriousViolations(page, `${route.name} (${colorScheme}, ${size.width}px)`);
          });
        }
        if (size.width < 900 && group === 'the decision pages') {
          await test.step('the open menu', async () => {
            await page.getByRole('button', { name: 'Menu' }).click();
            await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
            await expectNoSeriousViolations(page, `the open menu (${colorScheme})`);
          });
        }
      });
    }
  }
}

test('the skip link is the first Tab stop and takes focus to the page heading', async ({ page, api }) => {
  await arrangeEveryRoute(api);
  await openRoute(page, '#/decisions');
  const heading = page.getByRole('heading', { level: 1, name: 'Decisions' });
  await expect(heading).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/#\/decisions$/);
});
