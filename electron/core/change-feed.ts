import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChangeEvent, RecordChange } from '../../shared/api/change-event';
import { isOperationName } from '../../shared/api/contract';
import { recordChanges } from '../../shared/api/operation-changes';

export type ChangeListener = (event: ChangeEvent) => void;

/**
 * The core's change feed: one event per committed write transaction, sent after the commit to every
 * subscriber (the hosts pass it on to their windows and tabs). A rolled-back transaction sends none.
 */
export interface ChangeFeed {
  /** Adds a listener; the returned function removes it. */
  subscribe: (listener: ChangeListener) => () => void;
  /** Runs one operation so that the commits it makes are reported as its changes. */
  during<T>(operation: string, input: unknown, fn: () => Promise<T>): Promise<T>;
  /** Called by the context after each commit of this connection. */
  committed: () => void;
  /** Announces that records changed without this connection knowing which (another process, a restore). */
  everything(): void;
  /** Announces a change the core holds in memory beside the records, no commit (a session's room). */
  announce: (changes: RecordChange[]) => void;
}

interface Running {
  operation: string;
  input: unknown;
}

export function createChangeFeed(reportError: (message: string, error: unknown) => void): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  // The operation whose service is running, followed through its awaits: a sync's commits are the sync's.
  const running = new AsyncLocalStorage<Running>();
  let seq = 0;
  const send = (scope: ChangeEvent['scope'], changes: RecordChange[]) => {
    seq += 1;
    const event: ChangeEvent = { seq, scope, changes };
    for (const listener of [...listeners]) {
      // A failing subscriber (a closed window) must not undo the write nor starve the others.
      try {
        listener(event);
      } catch (error) {
        reportError('A change listener failed', error);
      }
    }
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    during(operation, input, fn) {
      return running.run({ operation, input }, fn);
    },
    committed() {
      const current = running.getStore();
      // A commit outside any operation (none today) cannot say what it changed.
      if (!current || !isOperationName(current.operation)) return send('everything', []);
      const changes = recordChanges(current.operation, current.input);
      if (changes.length > 0) send('records', changes);
    },
    everything() {
      send('everything', []);
    },
    announce(changes) {
      send('records', changes);
    },
  };
}
