import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/api/change-event';
import type { ChangeHandlers } from '../api/change-source';
import { followChanges } from './follow-changes';
import { createQueryClient } from './query-client';

const KEYS = {
  home: ['getHomeOverview', { workspaceId: 'w1' }],
  otherHome: ['getHomeOverview', { workspaceId: 'w2' }],
  profile: ['getProfile', {}],
  goals: ['listGoals', { workspaceId: 'w1' }],
} as const;

function setUp() {
  const client = createQueryClient();
  for (const key of Object.values(KEYS)) client.setQueryData(key, { cached: true });
  let handlers: ChangeHandlers | undefined;
  const stop = followChanges((next) => {
    handlers = next;
    return () => (handlers = undefined);
  }, client);
  const stale = () =>
    Object.entries(KEYS)
      .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
      .map(([name]) => name);
  const send = (event: ChangeEvent) => handlers?.change(event);
  return { client, stale, send, handlers: () => handlers, stop };
}

const decisionIn = (workspaceId: string, seq: number): ChangeEvent => ({ seq, scope: 'records', changes: [{ kind: 'decision', workspaceId, ids: [] }] });

describe('followChanges', () => {
  it('marks stale only the reads of the kinds and workspace an event names', () => {
    const { stale, send } = setUp();
    send(decisionIn('w1', 1));
    expect(stale()).toEqual(['home', 'goals']);
  });

  it('reads everything again for an event about everything, a gap in the events, or a reconnect', () => {
    const everything = setUp();
    everything.send({ seq: 1, scope: 'everything', changes: [] });
    expect(everything.stale()).toEqual(['home', 'otherHome', 'profile', 'goals']);

    const gap = setUp();
    gap.send({ seq: 1, scope: 'records', changes: [{ kind: 'question', workspaceId: 'w9', ids: [] }] });
    expect(gap.stale()).toEqual([]);
    gap.send(decisionIn('w9', 3));
    expect(gap.stale()).toEqual(['home', 'otherHome', 'profile', 'goals']);

    const reconnect = setUp();
    reconnect.handlers()?.missed();
    expect(reconnect.stale()).toEqual(['home', 'otherHome', 'profile', 'goals']);
  });

  it('stops following when told to', () => {
    const { handlers, stop } = setUp();
    stop();
    expect(handlers()).toBeUndefined();
  });
});

describe('followChanges in a burst of events', () => {
  it('reads an answer on screen again once per burst, not once per event, and never misses the last change', async () => {
    const client = createQueryClient();
    let reads = 0;
    let release = () => {};
    const queryFn = () => {
      reads += 1;
      return new Promise<number>((resolve) => (release = () => resolve(reads)));
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    // An observer keeps the query on screen (active), the way a mounted page does; it reads once.
    const unsubscribe = new QueryObserver(client, { queryKey: ['listWorkspaces', {}], queryFn }).subscribe(() => undefined);
    release();
    await settle();
    expect(reads).toBe(1);

    let handlers: ChangeHandlers | undefined;
    followChanges((next) => {
      handlers = next;
      return () => undefined;
    }, client);
    for (let seq = 1; seq <= 50; seq += 1) handlers?.change(decisionIn('w1', seq));
    expect(reads).toBe(2);
    release();
    await settle();
    // The 49 events that came during that read are read again together, once.
    expect(reads).toBe(3);
    release();
    await settle();
    expect(reads).toBe(3);
    unsubscribe();
  });
});
