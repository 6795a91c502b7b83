import type { APIRequestContext } from '@playwright/test';
import type { OperationInput, OperationName, OperationOutput } from '../shared/api/contract';
import type { WebHost } from './web-host-process';

/** Calls one operation of a web host the way the renderer does, for setting up data quickly. */
export type HostApi = <K extends OperationName>(operation: K, input: OperationInput<K>) => Promise<OperationOutput<K>>;

export function hostApi(request: APIRequestContext, host: WebHost): HostApi {
  return async (operation, input) => {
    const response = await request.post(`${host.origin}/api/${operation}`, {
      // A fresh connection each time: Playwright's request pool reuses a socket the host already closed
      // after its 5 s keep-alive (it ignores the Keep-Alive hint), and a long step then ends in ECONNRESET.
      headers: { Authorization: `Bearer ${host.token}`, Connection: 'close' },
      data: input,
    });
    const body = (await response.json()) as { ok: true; value: never } | { ok: false; error: { message: string } };
    if (!body.ok) throw new Error(`${operation} failed (${response.status()}): ${body.error.message}`);
    return body.value;
  };
}
