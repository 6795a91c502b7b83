import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../shared/api/api-result';
import { OPERATION_NAMES } from '../shared/api/contract';
import type { ChangeEvent } from '../shared/api/change-event';
import { forwardChanges, registerApiHandlers, type ChangeReceiver, type IpcSender } from './ipc';

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

describe('the change feed over IPC', () => {
  it("reaches the windows on the app's page and no other", () => {
    let listener: ((event: ChangeEvent) => void) | undefined;
    const sent: string[] = [];
    const receiver = (name: string, url: string, destroyed = false): ChangeReceiver => ({
      getURL: () => url,
      isDestroyed: () => destroyed,
      send: (channel, event) => sent.push(`${name} ${channel} ${event.seq}`),
    });
    const receivers = [receiver('app', `${APP}#/home`), receiver('elsewhere', 'https://evil.example/'), receiver('closed', APP, true)];
    const stop = forwardChanges(
      (next) => {
        listener = next;
        return () => (listener = undefined);
      },
      () => receivers,
      (url) => url.startsWith(APP),
    );
    listener?.({ seq: 1, scope: 'everything', changes: [] });
    expect(sent).toEqual(['app cairn:changes 1']);
    stop();
    expect(listener).toBeUndefined();
  });
});
