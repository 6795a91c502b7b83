import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL, appFileFor } from './app-protocol';
import { isAppPage } from './navigation-policy';

const RENDERER = path.resolve('/opt/cairn/dist/renderer');

describe('the app scheme', () => {
  it('serves the files of the built renderer', () => {
    expect(appFileFor(APP_PAGE_URL, RENDERER)).toBe(path.join(RENDERER, 'index.html'));
    expect(appFileFor('cairn://app/', RENDERER)).toBe(path.join(RENDERER, 'index.html'));
    expect(appFileFor('cairn://app/assets/index-abc.js', RENDERER)).toBe(path.join(RENDERER, 'assets', 'index-abc.js'));
  });

  it('serves nothing outside the renderer folder or from another host or scheme', () => {
    for (const url of ['cairn://app/../secret.txt', 'cairn://app/%2e%2e/secret.txt', 'cairn://app/..%2fsecret.txt', 'cairn://app/%00', 'cairn://other/index.html', 'file:///opt/cairn/dist/renderer/index.html', 'not a url']) {
      const file = appFileFor(url, RENDERER);
      expect(file === null || file.startsWith(RENDERER + path.sep), url).toBe(true);
      expect(file, url).not.toBe(path.resolve(RENDERER, '..', 'secret.txt'));
    }
    expect(appFileFor('cairn://other/index.html', RENDERER)).toBeNull();
    expect(appFileFor('file:///opt/cairn/dist/renderer/index.html', RENDERER)).toBeNull();
  });

  it("is the page the navigation policy accepts, with any route", () => {
    expect(isAppPage(`${APP_PAGE_URL}#/decisions/1`, APP_PAGE_URL)).toBe(true);
    expect(isAppPage('cairn://app/other.html', APP_PAGE_URL)).toBe(false);
  });
});
