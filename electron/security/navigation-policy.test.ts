import { describe, expect, it } from 'vitest';
import { isAppPage, isExternalWebUrl } from './navigation-policy';

describe('the navigation policy', () => {
  it('hands only http(s) links to the system browser', () => {
    expect(isExternalWebUrl('https://adr.github.io/madr/')).toBe(true);
    expect(isExternalWebUrl('http://example.com')).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'smb://share/x', 'not a url', 'https://']) {
      expect(isExternalWebUrl(url), url).toBe(false);
    }
  });

  it("accepts the app's own page with any route, and nothing else", () => {
    const app = 'file:///opt/cairn/dist/renderer/index.html';
    expect(isAppPage(`${app}#/decisions/1`, app)).toBe(true);
    expect(isAppPage('file:///opt/cairn/dist/renderer/other.html', app)).toBe(false);
    expect(isAppPage('https://evil.example/index.html', app)).toBe(false);
  });
});
