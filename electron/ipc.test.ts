import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../shared/api/api-result';
import { OPERATION_NAMES } from '../shared/api/contract';
import { registerApiHandlers, type IpcSender } from './ipc';

const APP = 'file:///opt/cairn/dist/renderer/index.html';

function setUp() {
  const handlers = new Map<string, (event: IpcSender, input: unknown) => Promise<ApiResult<unknown>>>();
  const calls: [string, unknown][] = [];
  registerApiHandlers(
    { handle: (channel, listener) => handlers.set(channel, listener) },
    async (operation, input) => {
      calls.push([operation, input]);
      return { ok: true, value: 'done' };
    },
    (url) => url.startsWith(APP),
  );
  return { handlers, calls };
}

describe('the IPC handlers', () => {
  it('register one channel per operation', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual(OPERATION_NAMES.map((name) => `cairn:${name}`).sort());
  });

  it("pass the app page's calls to the dispatcher", async () => {
    const { handlers, calls } = setUp();
    const result = await handlers.get('cairn:listWorkspaces')!({ senderFrame: { url: `${APP}#/decisions`, parent: null } }, {});
    expect(result).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['listWorkspaces', {}]]);
  });

  it('refuse calls from another page, from a sub-frame, or without a frame', async () => {
    const { handlers, calls } = setUp();
    const handler = handlers.get('cairn:deleteDecision')!;
    const senders: IpcSender[] = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: APP, parent: {} } },
      { senderFrame: null },
    ];
    for (const sender of senders) {
      expect(await handler(sender, { id: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
  });
});
