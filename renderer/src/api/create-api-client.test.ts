import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../shared/api/api-result';
import { createApiClient } from './create-api-client';

describe('createApiClient', () => {
  it('resolves with the value of a successful call, sending the operation and input', async () => {
    const seen: unknown[] = [];
    const client = createApiClient(async (operation, input) => {
      seen.push([operation, input]);
      return { ok: true, value: [] };
    });
    await expect(client.listWorkspaces({})).resolves.toEqual([]);
    expect(seen).toEqual([['listWorkspaces', {}]]);
  });

  it('throws ApiCallError carrying the message and field of a failed call', async () => {
    const client = createApiClient(async () => ({
      ok: false,
      error: { code: 'invalid_input', message: 'name: name must not be empty', field: 'name' },
    }));
    const failure = await client.createWorkspace({ name: '' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect((failure as ApiCallError).message).toBe('name: name must not be empty');
    expect((failure as ApiCallError).error.field).toBe('name');
    expect((failure as ApiCallError).operation).toBe('createWorkspace');
  });
});
