import { ApiErrorData, type ApiResult } from '../../../shared/api/api-result';
import type { Transport } from './transport';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** The web host transport: POST /api/<operation> with a JSON body and the per-run bearer token. */
export function createHttpTransport(token: string | null, fetchImpl: Fetch = (url, init) => fetch(url, init)): Transport {
  return async (operation, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${operation}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return failure('internal', 'Cairn is not reachable. Is the web host still running?');
    }
    return readResult(response);
  };
}

async function readResult(response: Response): Promise<ApiResult<unknown>> {
  const body: unknown = await response.json().catch(() => undefined);
  if (isRecord(body) && body.ok === true && 'value' in body) return { ok: true, value: body.value };
  if (isRecord(body) && body.ok === false) {
    const error = ApiErrorData.safeParse(body.error);
    if (error.success) return { ok: false, error: error.data };
  }
  if (response.status === 401) return failure('unauthorized', 'This tab has no valid access token.');
  return failure('internal', `The web host answered ${response.status} without an API result.`);
}

function failure(code: ApiErrorData['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
