import { chromium, defineConfig } from '@playwright/test';
import { findInstalledE2eBrowser } from './scripts/e2e-browser';

const inCi = Boolean(process.env.CI);
const browser = findInstalledE2eBrowser(() => chromium.executablePath() || null);
if (!browser.ok) {
  // One line that says what to do, not a stack trace from inside the config loader.
  console.error(browser.message);
  process.exit(1);
}

/**
 * End-to-end tests. The `web` project drives an installed Chromium or Chrome (scripts/e2e-browser.ts
 * says which, Debian's /usr/bin/chromium on CI) against the web host (each test
 * starts its own host on a fresh data directory, see e2e/fixtures.ts); the `electron` project
 * launches the Electron shell and skips itself where no Electron binary could be installed.
 * Playwright's own browser is used only where one was installed.
 */
export default defineConfig({
  testDir: 'e2e',
  // Outside test-results/ itself: Playwright empties its output folder on start, and
  // scripts/test.mjs writes the Vitest report there before the e2e run.
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // No retries, in CI either: every test waits on what the UI shows, so a failure is a real one.
  retries: 0,
  forbidOnly: inCi,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testIgnore: /electron\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: browser.path,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    {
      name: 'electron',
      testMatch: /electron\.spec\.ts$/,
    },
  ],
});
