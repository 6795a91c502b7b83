import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/api/change-event';
import { createHttpChangeSource } from './http-change-source';

const event = (seq: number): ChangeEvent => ({ seq, scope: 'records', changes: [{ kind: 'decision', workspaceId: 'w1', ids: [] }] });

/** A response whose body sends these chunks, then ends (or stays open until aborted). */
function streamed(chunks: string[], stayOpen: boolean, signal?: AbortSignal | null): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      if (!stayOpen) controller.close();
      else signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

describe('createHttpChangeSource', () => {
  it('reads events with the token, reconnects when the stream ends and then says events may have been missed', async () => {
    const requests: RequestInit[] = [];
    const seen: string[] = [];
    let reconnected!: () => void;
    const secondConnection = new Promise<void>((resolve) => (reconnected = resolve));
    const source = createHttpChangeSource('tok', async (url, init) => {
      requests.push(init);
      expect(url).toBe('/api/changes');
      if (requests.length === 1) return streamed([': connected\n\n', `id: 1\ndata: ${JSON.stringify(event(1))}\n\n`, 'data: not json\n\n'], false);
      reconnected();
      return streamed([`data: ${JSON.stringify(event(2))}\n\n`], true, init.signal);
    });
    let stop = () => {};
    const changed = new Promise<void>((resolve) => {
      stop = source({
        change: (e) => {
          seen.push(`change ${e.seq}`);
          if (e.seq === 2) resolve();
        },
        missed: () => seen.push('missed'),
      });
    });
    await secondConnection;
    await changed;
    stop();
    expect(seen).toEqual(['change 1', 'missed', 'missed', 'change 2']);
    expect(requests[0]?.headers).toEqual({ Authorization: 'Bearer tok' });
    expect(requests).toHaveLength(2);
  });

  it('stops trying when the host refuses the token', async () => {
    let calls = 0;
    const seen: string[] = [];
    const source = createHttpChangeSource('wrong', async () => {
      calls += 1;
      return new Response('{}', { status: 401 });
    });
    source({ change: () => seen.push('change'), missed: () => seen.push('missed') });
    // A refusal ends the loop: a second request would come after a zero delay, well within these turns.
    for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toBe(1);
    expect(seen).toEqual([]);
  });
});
