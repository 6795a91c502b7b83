import type { Page } from '@playwright/test';

/** Shows a route with the data arranged through the API: the app reads it on a fresh load. */
export async function openRoute(page: Page, hash: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}${hash}`);
  await page.reload();
}
