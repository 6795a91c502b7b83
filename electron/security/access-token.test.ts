import { describe, expect, it } from 'vitest';
import { createAccessToken, isAuthorized } from './access-token';

describe('the access token', () => {
  it('is long, URL-safe and new every run', () => {
    const a = createAccessToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createAccessToken()).not.toBe(a);
  });

  it('authorizes only the exact bearer token', () => {
    expect(isAuthorized('Bearer abc', 'abc')).toBe(true);
    for (const header of [undefined, '', 'abc', 'Bearer abcd', 'Bearer ab', 'bearer abc', 'Basic abc']) {
      expect(isAuthorized(header, 'abc'), String(header)).toBe(false);
    }
  });
});
