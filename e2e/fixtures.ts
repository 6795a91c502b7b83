import { test as base } from '@playwright/test';
import { hostApi, type HostApi } from './host-api';
import { startWebHost, type WebHost } from './web-host-process';

interface CairnFixtures {
  /** A web host of this test's own, on a fresh data directory. */
  host: WebHost;
  /** The host's API with its token, for arranging data without clicking. */
  api: HostApi;
}

/**
 * Tests against the web host. `page` arrives already opened at the link the host printed, so the
 * app has taken its token; after arranging data through `api`, `page.reload()` shows it.
 */
export const test = base.extend<CairnFixtures>({
  // Playwright reads a fixture's dependencies from its destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const { host, stop } = await startWebHost();
    try {
      await use(host);
    } finally {
      await stop();
    }
  },
  api: async ({ request, host }, use) => {
    await use(hostApi(request, host));
  },
  page: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect } from '@playwright/test';
