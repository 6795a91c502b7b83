import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where the end-to-end tests' browser comes from, for the one line that explains a missing one. */
export type BrowserChoice = { ok: true; path: string; source: string } | { ok: false; message: string };

export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  exists: (file: string) => boolean;
  /** Playwright's own Chromium, where `npx playwright install chromium` has put one (its path is known even when it has not). */
  playwrightChromium: () => string | null;
}

const LINUX = ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/microsoft-edge'];
const MAC = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

function windowsCandidates(env: NodeJS.ProcessEnv): string[] {
  const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
  return roots.flatMap((root) => [
    path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
    path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
  ]);
}

/**
 * The browser the e2e tests drive, in this order: CAIRN_E2E_BROWSER, Debian's /usr/bin/chromium (what
 * CI installs), an installed Chrome or Chromium on Linux, macOS or Windows, then Playwright's own
 * Chromium. Playwright's download is never required: it is unreachable on some machines (CI among them).
 */
export function findE2eBrowser(search: BrowserSearch): BrowserChoice {
  const chosen = search.env.CAIRN_E2E_BROWSER;
  if (chosen) {
    return search.exists(chosen)
      ? { ok: true, path: chosen, source: 'CAIRN_E2E_BROWSER' }
      : { ok: false, message: `CAIRN_E2E_BROWSER names ${chosen}, which does not exist: point it at a Chrome or Chromium executable.` };
  }
  const installed = search.platform === 'darwin' ? MAC : search.platform === 'win32' ? windowsCandidates(search.env) : ['/usr/bin/chromium', ...LINUX];
  const found = installed.find((file) => search.exists(file));
  if (found) return { ok: true, path: found, source: 'installed browser' };
  const own = search.playwrightChromium();
  if (own && search.exists(own)) return { ok: true, path: own, source: "Playwright's Chromium" };
  return {
    ok: false,
    message:
      'No browser for the end-to-end tests: install Chromium or Chrome (Debian: apt install chromium), or run "npx playwright install chromium", or set CAIRN_E2E_BROWSER to a Chrome or Chromium executable.',
  };
}

/** The same search on this machine. */
export function findInstalledE2eBrowser(playwrightChromium: () => string | null): BrowserChoice {
  return findE2eBrowser({ env: process.env, platform: process.platform, exists: existsSync, playwrightChromium });
}
