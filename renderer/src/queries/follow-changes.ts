import type { QueryClient } from '@tanstack/react-query';
import type { ChangeSource } from '../api/change-source';
import { changedByEvent, EVERYTHING, isAffected, type Changed } from './query-invalidation';

type Changes = readonly Changed[] | typeof EVERYTHING;

/**
 * Keeps the window's cache true to the core: each event of the change feed marks the reads it made
 * untrue as stale at once, and those on screen are read again; a gap in the events or a reconnect
 * reads everything again, since what was missed is unknown. A burst of events (a script writing 500
 * records) costs one read at a time, not one per event: events that arrive while reads run are
 * gathered and read again together once those end. Returns the function that stops following.
 */
export function followChanges(source: ChangeSource, client: QueryClient): () => void {
  let lastSeq: number | null = null;
  let waiting: Changes | null = null;
  let reading = false;

  const affected = (changes: Changes) => ({ predicate: (query: { queryKey: readonly unknown[] }) => isAffected(query.queryKey, changes) });
  const readAgain = async () => {
    reading = true;
    while (waiting !== null) {
      const changes = waiting;
      waiting = null;
      // A failed read shows on its page; the loop goes on with the next changes.
      await client.refetchQueries({ ...affected(changes), type: 'active' }).catch(() => undefined);
    }
    reading = false;
  };
  const changed = (changes: Changes) => {
    void client.invalidateQueries({ ...affected(changes), refetchType: 'none' });
    waiting = waiting === EVERYTHING || changes === EVERYTHING ? EVERYTHING : [...(waiting ?? []), ...changes];
    if (!reading) void readAgain();
  };

  return source({
    change(event) {
      const missedSome = lastSeq !== null && event.seq !== lastSeq + 1;
      lastSeq = event.seq;
      changed(missedSome ? EVERYTHING : changedByEvent(event));
    },
    missed() {
      lastSeq = null;
      changed(EVERYTHING);
    },
  });
}
