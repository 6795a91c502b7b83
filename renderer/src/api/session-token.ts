/** Where the web host's per-run token lives once read from the address bar. */
export const TOKEN_STORAGE_KEY = 'cairn.token';

/** The parts of the browser the token hand-over touches, so tests can pass fakes. */
export interface TokenEnvironment {
  location: { hash: string; pathname: string; search: string };
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState'>;
}

/** The token in a hash of the form "#token=…" (other parameters may follow), or null. */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token ? token : null;
}

/**
 * Takes the token the web host printed in the URL, keeps it for this tab, and removes it from the
 * address bar so it is not bookmarked, shared or mistaken for a route. Reloads find it in storage.
 */
export function takeSessionToken(env: TokenEnvironment): string | null {
  const fromHash = tokenFromHash(env.location.hash);
  if (fromHash) {
    env.storage.setItem(TOKEN_STORAGE_KEY, fromHash);
    env.history.replaceState(null, '', env.location.pathname + env.location.search);
    return fromHash;
  }
  return env.storage.getItem(TOKEN_STORAGE_KEY);
}
