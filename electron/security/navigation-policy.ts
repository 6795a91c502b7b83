/**
 * What the Electron window may load and open. The app is one local page; everything else is either
 * an ordinary web link (opened in the system browser, never inside Cairn) or refused.
 */

/** http and https links with a host: the only kind handed to the system browser. */
export function isExternalWebUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}

/** The app's own page (any hash route of it), and nothing else. */
export function isAppPage(raw: string, appPageUrl: string): boolean {
  const url = parseUrl(raw);
  const app = parseUrl(appPageUrl);
  if (!url || !app) return false;
  return url.protocol === app.protocol && url.host === app.host && url.pathname === app.pathname;
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
