import type { QueryClient } from '@tanstack/react-query';
import type { ChangeSource } from '../api/change-source';
import { changedByEvent, EVERYTHING } from './query-invalidation';
import { invalidateChanged } from './run-mutation';

/**
 * Keeps the window's cache true to the core: each event of the change feed marks the reads it made
 * untrue as stale (those on screen are read again); a gap in the events or a reconnect reads
 * everything again, since what was missed is unknown. Returns the function that stops following.
 */
export function followChanges(source: ChangeSource, client: QueryClient): () => void {
  let lastSeq: number | null = null;
  return source({
    change(event) {
      const missedSome = lastSeq !== null && event.seq !== lastSeq + 1;
      lastSeq = event.seq;
      void invalidateChanged(missedSome ? EVERYTHING : changedByEvent(event), client);
    },
    missed() {
      lastSeq = null;
      void invalidateChanged(EVERYTHING, client);
    },
  });
}
