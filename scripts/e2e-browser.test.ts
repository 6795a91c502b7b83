import { describe, expect, it } from 'vitest';
import { findE2eBrowser, type BrowserSearch } from './e2e-browser';

function search(files: string[], overrides: Partial<BrowserSearch> = {}): BrowserSearch {
  return { env: {}, platform: 'linux', exists: (file) => files.includes(file), playwrightChromium: () => '/cache/ms-playwright/chromium/chrome', ...overrides };
}

describe('the browser the e2e tests drive', () => {
  it('takes CAIRN_E2E_BROWSER first, and says so when it names nothing', () => {
    expect(findE2eBrowser(search(['/opt/chrome', '/usr/bin/chromium'], { env: { CAIRN_E2E_BROWSER: '/opt/chrome' } }))).toMatchObject({ ok: true, path: '/opt/chrome' });
    expect(findE2eBrowser(search(['/usr/bin/chromium'], { env: { CAIRN_E2E_BROWSER: '/opt/none' } }))).toMatchObject({ ok: false, message: expect.stringContaining('/opt/none') });
  });

  it("prefers Debian's Chromium, then other installed browsers, then Playwright's own", () => {
    expect(findE2eBrowser(search(['/usr/bin/google-chrome', '/usr/bin/chromium']))).toMatchObject({ path: '/usr/bin/chromium' });
    expect(findE2eBrowser(search(['/usr/bin/google-chrome']))).toMatchObject({ path: '/usr/bin/google-chrome' });
    expect(findE2eBrowser(search(['/cache/ms-playwright/chromium/chrome']))).toMatchObject({ path: '/cache/ms-playwright/chromium/chrome', source: "Playwright's Chromium" });
  });

  it('finds Chrome on macOS and Windows', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findE2eBrowser(search([mac], { platform: 'darwin' }))).toMatchObject({ path: mac });
    const win = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findE2eBrowser(search([win], { platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' } }))).toMatchObject({ path: win });
  });

  it('fails with one line that says how to get a browser', () => {
    const none = findE2eBrowser(search([], { playwrightChromium: () => null }));
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.message).toMatch(/^No browser for the end-to-end tests: .*apt install chromium.*npx playwright install chromium.*CAIRN_E2E_BROWSER/);
    if (!none.ok) expect(none.message).not.toContain('\n');
  });
});
