import type { ChangeEvent } from '../../../shared/api/change-event';
import type { OperationName } from '../../../shared/api/contract';
import { QUERY_READS, writtenKinds, type CachedKind } from './operation-kinds';

/** Kinds of record that changed, in one workspace or (null) in any. */
export interface Changed {
  kinds: readonly CachedKind[];
  workspaceId: string | null;
}

/** Everything changed: the feed reconnected, another process wrote, a backup was restored. */
export const EVERYTHING = 'everything';

/**
 * Whether a cached answer, keyed [operation, input], may be untrue after the changes. An answer
 * about one workspace is kept when every change is about another; an operation the read table does
 * not know is always refetched.
 */
export function isAffected(queryKey: readonly unknown[], changes: readonly Changed[] | typeof EVERYTHING): boolean {
  if (changes === EVERYTHING) return true;
  const [operation, input] = queryKey;
  if (typeof operation !== 'string' || !Object.hasOwn(QUERY_READS, operation)) return true;
  const reads: readonly CachedKind[] = QUERY_READS[operation as keyof typeof QUERY_READS];
  const workspaceId = workspaceOf(input);
  return changes.some(
    (change) =>
      change.kinds.some((kind) => reads.includes(kind)) && (change.workspaceId === null || workspaceId === null || change.workspaceId === workspaceId),
  );
}

/** What a successful write of this window changed, from its operation and input. */
export function changedByMutation(operation: OperationName, input: unknown): Changed[] {
  return [{ kinds: writtenKinds(operation), workspaceId: workspaceOf(input) }];
}

/** What a change event of the feed says changed. */
export function changedByEvent(event: ChangeEvent): Changed[] | typeof EVERYTHING {
  if (event.scope === 'everything') return EVERYTHING;
  return event.changes.map((change) => ({ kinds: [change.kind], workspaceId: change.workspaceId }));
}

function workspaceOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || !('workspaceId' in input)) return null;
  return typeof input.workspaceId === 'string' ? input.workspaceId : null;
}
