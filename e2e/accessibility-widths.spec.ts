import { expectNoSeriousViolations } from './axe-check';
import { arrangeEveryRoute } from './every-route';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { AppShell } from './models/app-shell';
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

/** A dialog to check: the page it opens from, how it is opened there, and its accessible name. */
interface DialogVisit {
  route: string;
  name: string | RegExp;
  open: (page: Page, main: Locator) => Promise<void>;
}

const DIALOGS: DialogVisit[] = [
  { route: 'decisions', name: 'New decision', open: (_, main) => main.getByRole('button', { name: 'New decision' }).first().click() },
  { route: 'decisions', name: 'Go to', open: (page) => page.keyboard.press('ControlOrMeta+k') },
  { route: 'decisions', name: /shortcuts/i, open: (page) => page.keyboard.press('?') },
  { route: 'decision', name: 'Start a decision session', open: (_, main) => main.getByRole('button', { name: 'Start a session' }).click() },
  { route: 'decision', name: 'Add link', open: (_, main) => main.getByRole('button', { name: 'Add link' }).click() },
  { route: 'decision', name: 'Custom status', open: (_, main) => main.getByRole('button', { name: 'Add custom status…' }).click() },
  { route: 'decision', name: 'Delete decision?', open: (_, main) => main.getByRole('button', { name: 'Delete', exact: true }).click() },
  { route: 'goal', name: /^Check in:/, open: (_, main) => main.getByRole('button', { name: 'Check in' }).click() },
  { route: 'goal', name: 'Delete goal?', open: (_, main) => main.getByRole('button', { name: 'Delete', exact: true }).click() },
  // Last: the editor is left with a change, which would hold up leaving the page.
  {
    route: 'editor',
    name: 'Discard changes?',
    open: async (_, main) => {
      await main.getByLabel('Title', { exact: true }).fill('Use PostgreSQL for the ledger and the audit log');
      await main.getByRole('button', { name: 'Cancel' }).click();
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`the dialogs have no serious accessibility violations in the ${colorScheme} theme at ${size.width}px`, async ({ page, api }) => {
      test.setTimeout(300_000);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      await test.step('the welcome dialog', async () => {
        await expect(new AppShell(page).welcomeDialog).toBeVisible();
        await expectNoSeriousViolations(page, `the welcome dialog (${colorScheme}, ${size.width}px)`);
      });
      const routes = await arrangeEveryRoute(api);
      const main = page.getByRole('main');
      let shown: string | null = null;
      for (const visit of DIALOGS) {
        await test.step(String(visit.name), async () => {
          const route = routes.find((candidate) => candidate.name === visit.route);
          if (!route) throw new Error(`no route named ${visit.route}`);
          if (shown !== route.name) {
            await openRoute(page, route.hash);
            await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
            shown = route.name;
          }
          await visit.open(page, main);
          const dialog = page.getByRole('dialog', { name: visit.name });
          await expect(dialog).toBeVisible();
          await expectNoSeriousViolations(page, `the ${String(visit.name)} dialog (${colorScheme}, ${size.width}px)`);
          await page.keyboard.press('Escape');
          await expect(dialog).toBeHidden();
        });
      }
    });
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
