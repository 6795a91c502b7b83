import type { CairnApi } from '../../../shared/api/contract';

let connected: CairnApi | null = null;

/** Sets the API the stores use; called once at start-up (and by tests with a fake). */
export function installApi(client: CairnApi): void {
  connected = client;
}

/** The connected API. */
export function api(): CairnApi {
  if (!connected) throw new Error('The Cairn API is used before it was connected.');
  return connected;
}
