/**
 * Which browser permissions the Electron window gets. Cairn needs no camera, microphone,
 * notifications, location or the like; its Copy buttons only write text to the clipboard. So that
 * one permission is granted to the app's own page, and every other request, from anywhere, is denied.
 */
const GRANTED_TO_THE_APP = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string | undefined, appPageUrl: string): boolean {
  return GRANTED_TO_THE_APP.has(permission) && requestingUrl !== undefined && isSameSite(requestingUrl, appPageUrl);
}

/** Scheme and host, compared by hand: URL.origin is "null" for a custom scheme like cairn:. */
function isSameSite(raw: string, appPageUrl: string): boolean {
  try {
    const url = new URL(raw);
    const app = new URL(appPageUrl);
    return url.protocol === app.protocol && url.host === app.host;
  } catch {
    return false;
  }
}
