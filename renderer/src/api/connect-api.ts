import type { CairnApi } from '../../../shared/api/contract';
import { createApiClient } from './create-api-client';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import { takeSessionToken, tokenFromHash, type TokenEnvironment } from './session-token';

/**
 * Picks the transport for this window: the preload's bridge in Electron, HTTP in the web host.
 * Must run before routing, because the web host hands its token over in the URL hash.
 */
export function connectApi(): CairnApi {
  if (window.cairn) return createApiClient(createIpcTransport(window.cairn));
  const env: TokenEnvironment = { location: window.location, storage: window.sessionStorage, history: window.history };
  // A token link pasted into an open tab only changes the hash: take the token and start afresh with it.
  window.addEventListener('hashchange', () => {
    if (!tokenFromHash(window.location.hash)) return;
    takeSessionToken(env);
    window.location.reload();
  });
  return createApiClient(createHttpTransport(takeSessionToken(env)));
}
