import { describe, expect, it } from 'vitest';
import { createHttpTransport } from './http-transport';

function fakeFetch(status: number, body: string) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { calls, fetchImpl };
}

describe('createHttpTransport', () => {
  it('posts the input as JSON to /api/<operation> with the bearer token', async () => {
    const { calls, fetchImpl } = fakeFetch(200, JSON.stringify({ ok: true, value: { name: 'Ana' } }));
    const result = await createHttpTransport('tok', fetchImpl)('getProfile', {});
    expect(result).toEqual({ ok: true, value: { name: 'Ana' } });
    expect(calls[0]?.url).toBe('/api/getProfile');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe('{}');
    expect(new Headers(calls[0]?.init.headers).get('Authorization')).toBe('Bearer tok');
  });

  it('passes an API error through as data', async () => {
    const error = { code: 'invalid_input', message: 'title: title must not be empty', field: 'title' };
    const { fetchImpl } = fakeFetch(400, JSON.stringify({ ok: false, error }));
    expect(await createHttpTransport('tok', fetchImpl)('createDecision', {})).toEqual({ ok: false, error });
  });

  it('reports a rejected token as unauthorized even without a result body', async () => {
    const { fetchImpl } = fakeFetch(401, 'Unauthorized');
    const result = await createHttpTransport(null, fetchImpl)('getProfile', {});
    expect(result.ok === false && result.error.code).toBe('unauthorized');
  });

  it('reports an unreachable host as an error, not a throw', async () => {
    const result = await createHttpTransport('tok', async () => {
      throw new TypeError('Failed to fetch');
    })('getProfile', {});
    expect(result.ok === false && result.error.message).toMatch(/not reachable/);
  });
});
