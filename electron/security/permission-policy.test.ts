import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL } from './app-protocol';
import { isPermissionGranted } from './permission-policy';

describe('the permission policy', () => {
  it("lets the app's own page write to the clipboard, for its Copy buttons", () => {
    expect(isPermissionGranted('clipboard-sanitized-write', `${APP_PAGE_URL}#/graph`, APP_PAGE_URL)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'cairn://app', APP_PAGE_URL)).toBe(true);
  });

  it('denies every other permission, and the clipboard to anything but the app', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) {
      expect(isPermissionGranted(permission, APP_PAGE_URL, APP_PAGE_URL), permission).toBe(false);
    }
    for (const origin of ['https://evil.example', 'file:///etc/passwd', 'cairn://other/index.html', 'not a url', undefined]) {
      expect(isPermissionGranted('clipboard-sanitized-write', origin, APP_PAGE_URL), String(origin)).toBe(false);
    }
  });
});
