import { describe, expect, it } from 'vitest';
import { takeSessionToken, tokenFromHash, TOKEN_STORAGE_KEY, type TokenEnvironment } from './session-token';

function fakeEnvironment(hash: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const env: TokenEnvironment = {
    location: { hash, pathname: '/', search: '' },
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
    history: { replaceState: (_data, _unused, url) => void replaced.push(String(url)) },
  };
  return { env, storage, replaced };
}

describe('tokenFromHash', () => {
  it('reads the token the web host puts in the URL', () => {
    expect(tokenFromHash('#token=abc123')).toBe('abc123');
  });

  it('finds nothing in a route hash', () => {
    expect(tokenFromHash('#/decisions')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
  });
});

describe('takeSessionToken', () => {
  it('keeps the token for the tab and removes it from the address bar', () => {
    const { env, storage, replaced } = fakeEnvironment('#token=s3cret');
    expect(takeSessionToken(env)).toBe('s3cret');
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('s3cret');
    expect(replaced).toEqual(['/']);
  });

  it('uses the stored token after a reload, leaving the route alone', () => {
    const { env, replaced } = fakeEnvironment('#/decisions', { [TOKEN_STORAGE_KEY]: 'kept' });
    expect(takeSessionToken(env)).toBe('kept');
    expect(replaced).toEqual([]);
  });

  it('prefers a new token in the URL over a stored one', () => {
    const { env, storage } = fakeEnvironment('#token=new', { [TOKEN_STORAGE_KEY]: 'old' });
    expect(takeSessionToken(env)).toBe('new');
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('has no token when neither the URL nor the tab holds one', () => {
    expect(takeSessionToken(fakeEnvironment('').env)).toBeNull();
  });
});
