import { copyFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

const SCREENSHOT_DIR = path.resolve('test-results/screenshots');
const README_IMAGE_DIR = path.resolve('docs/images');

/**
 * Saves what the page shows to test-results/screenshots/<name>.png and returns the file. Toasts come
 * and go on timers, so they are left out: the screenshot shows the page, not the moment. They are
 * hidden through the CSSOM, because the app's CSP (style-src 'self') refuses the stylesheet that
 * Playwright's `style` option would inject.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await setToastsHidden(page, true);
  try {
    await page.screenshot({ path: file, animations: 'disabled' });
  } finally {
    await setToastsHidden(page, false);
  }
  return file;
}

function setToastsHidden(page: Page, hidden: boolean): Promise<void> {
  return page.evaluate((hide) => {
    for (const region of document.querySelectorAll<HTMLElement>('.toast-region')) region.style.visibility = hide ? 'hidden' : '';
  }, hidden);
}

/**
 * Copies a screenshot to docs/images/ for the README. Only on a developer's machine: CI runs on a
 * throwaway clone, where a changed image would be noise (and the checkout may be read-only).
 */
export function publishForReadme(screenshot: string, name: string): void {
  if (process.env.CI) return;
  const target = path.join(README_IMAGE_DIR, `${name}.png`);
  if (existsSync(target) && readFileSync(target).equals(readFileSync(screenshot))) return;
  mkdirSync(README_IMAGE_DIR, { recursive: true });
  copyFileSync(screenshot, target);
}
