import type { CairnApi } from '../../../shared/api/contract';
import type { ChangeSource } from './change-source';
import { createApiClient } from './create-api-client';
import { createHttpChangeSource } from './http-change-source';
import { createHttpTransport } from './http-transport';
import { createIpcChangeSource } from './ipc-change-source';
import { createIpcTransport } from './ipc-transport';
import { takeSessionToken, tokenFromHash, type TokenEnvironment } from './session-token';

/** The window's way to the core: the API, and the change feed beside it on the same transport. */
export interface Connection {
  api: CairnApi;
  changes: ChangeSource;
}

/**
 * Picks the transport for this window: the preload's bridge in Electron, HTTP in the web host.
 * Must run before routing, because the web host hands its token over in the URL hash.
 */
export function connectApi(): Connection {
  if (window.cairn) return { api: createApiClient(createIpcTransport(window.cairn)), changes: createIpcChangeSource(window.cairn) };
  const env: TokenEnvironment = { location: window.location, storage: window.sessionStorage, history: window.history };
  // A token link pasted into an open tab only changes the hash: take the token and start afresh with it.
  window.addEventListener('hashchange', () => {
    if (!tokenFromHash(window.location.hash)) return;
    takeSessionToken(env);
    window.location.reload();
  });
  const token = takeSessionToken(env);
  return { api: createApiClient(createHttpTransport(token)), changes: createHttpChangeSource(token) };
}
