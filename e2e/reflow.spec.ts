import type { Page } from '@playwright/test';
import { arrangeEveryRoute } from './every-route';
import type { HostApi } from './host-api';
import { expect, test } from './fixtures';
import { openRoute } from './open-route';

/**
 * What scrolls sideways on the page: the document, the main region, and every element that reaches
 * past the window's right edge without a scrolling box of its own to hold it (so it is cut off).
 */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement;
    if (root && root.scrollWidth > root.clientWidth) found.push(`the document is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    const main = document.querySelector('main');
    if (main && main.scrollWidth > main.clientWidth) found.push(`the main region is ${main.scrollWidth}px wide in ${main.clientWidth}px`);
    const edge = document.documentElement.clientWidth;
    const scrollsItself = (element: Element): boolean => {
      for (let node = element.parentElement; node && node !== main; node = node.parentElement) {
        const overflowX = getComputedStyle(node).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= edge + 1 || scrollsItself(element)) continue;
      // Named are the culprits: what sticks out of its parent, or the innermost of what grew too wide.
      const overEdge = (other: Element) => other.getBoundingClientRect().right > edge + 1;
      const sticksOut = (element.parentElement?.getBoundingClientRect().right ?? edge) < box.right - 1;
      if (!sticksOut && [...element.children].some(overEdge)) continue;
      const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
      found.push(`${name} reaches ${Math.round(box.right)}px`);
      if (found.length > 12) break;
    }
    return found;
  });
}

/** Visits every route in a window of `size` and expects none to scroll sideways or be cut off. */
async function expectEveryRouteReflows(page: Page, api: HostApi, size: { width: number; height: number }, window: string): Promise<void> {
  await page.setViewportSize(size);
  const routes = await arrangeEveryRoute(api);
  for (const route of routes) {
    await test.step(route.name, async () => {
      await openRoute(page, route.hash);
      await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
      expect.soft(await sidewaysOverflow(page), `${route.name} ${window}`).toEqual([]);
    });
  }
}

// 320 px is WCAG's reflow width; 768 px a tablet, where the sidebar has just become a menu.
for (const size of [
  { width: 320, height: 640 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
]) {
  test(`no page scrolls sideways or is cut off in a window ${size.width}px wide`, async ({ page, api }) => {
    test.slow();
    await expectEveryRouteReflows(page, api, size, `at ${size.width}px`);
  });
}

test.describe('at 200 % zoom', () => {
  // Zoomed to 200 %, a 1440 × 900 window is 720 × 450 CSS pixels at two device pixels each.
  test.use({ deviceScaleFactor: 2 });

  test('no page scrolls sideways or is cut off in a 1440px window zoomed to 200 %', async ({ page, api }) => {
    test.slow();
    await expectEveryRouteReflows(page, api, { width: 720, height: 450 }, 'at 200 % zoom');
  });
});

test('in a narrow window the sidebar is a menu that opens, closes on Escape and gives focus back', async ({ page, api }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await arrangeEveryRoute(api);
  await openRoute(page, '#/decisions');
  await expect(page.getByRole('heading', { level: 1, name: 'Decisions' })).toBeVisible();
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Main' });

  await test.step('closed, the sidebar and its shortcuts are out of the way', async () => {
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Shortcuts' })).toBeHidden();
  });

  await test.step('Enter opens it at the current page; Escape closes it and focus is back on the button', async () => {
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Decisions' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Due for review' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
  });

  await test.step('choosing a page closes the menu and shows the page', async () => {
    await menu.click();
    await nav.getByRole('link', { name: 'Goals' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  await test.step('a click beside the open menu closes it', async () => {
    await menu.click();
    await expect(nav).toBeVisible();
    await page.getByRole('heading', { level: 1, name: 'Goals' }).click({ position: { x: 5, y: 5 }, force: true });
    await expect(nav).toBeHidden();
  });
});

test('in a wide window the sidebar shows and there is no menu button', async ({ page, api }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await api('setProfile', { name: 'Ada Lovelace' });
  await api('createWorkspace', { name: 'Payments platform' });
  await openRoute(page, '#/decisions');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Shortcuts' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
});
