import type { QueryClient } from '@tanstack/react-query';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/api/contract';
import { api } from '../api/api';
import { queryClient } from './query-client';
import { changedByMutation, isAffected, type Changed, type EVERYTHING } from './query-invalidation';
import { serverQuery } from './server-query';

export interface MutateOptions<K extends OperationName> {
  /** Runs once the write succeeded, before reads are refreshed: e.g. leave the page of a record just deleted. */
  beforeRefresh?: (output: OperationOutput<K>) => void;
}

/**
 * Runs a write through the API, then brings the cache up to date: the record it returned is put
 * where its own read would find it, and every read the write may have changed is invalidated (the
 * ones on screen are read again before this resolves). Throws ApiCallError like the API.
 */
export async function mutate<K extends OperationName>(
  operation: K,
  input: OperationInput<K>,
  options: MutateOptions<K> = {},
): Promise<OperationOutput<K>> {
  const output = await api()[operation](input);
  primeCache(operation, output);
  options.beforeRefresh?.(output);
  // The change feed's event for this write usually comes first and has started the reads again
  // already (after the commit): those are waited for rather than started a second time.
  await invalidateChanged(changedByMutation(operation, input), queryClient, { restartRunning: false });
  return output;
}

/**
 * Marks the affected reads stale and reads again those on screen; resolves when they have arrived.
 * A read already running is started again unless `restartRunning` is false: it may have begun
 * before the change committed.
 */
export function invalidateChanged(
  changes: readonly Changed[] | typeof EVERYTHING,
  client: QueryClient = queryClient,
  { restartRunning = true }: { restartRunning?: boolean } = {},
): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => isAffected(query.queryKey, changes) }, { cancelRefetch: restartRunning });
}

/** Writes that answer with a whole record: the page that shows that record has it at once. */
function primeCache(operation: OperationName, output: unknown): void {
  const setDecision = (decision: OperationOutput<'getDecision'>) => queryClient.setQueryData(serverQuery('getDecision', { id: decision.id }).queryKey, decision);
  const setSession = (session: OperationOutput<'getSession'>) => queryClient.setQueryData(serverQuery('getSession', { id: session.id }).queryKey, session);
  switch (operation) {
    case 'createDecision':
    case 'updateDecision':
    case 'restoreDecision':
    case 'addDecisionLink':
    case 'removeDecisionLink':
    case 'markReviewed':
    case 'snoozeReview':
    case 'restoreRevision': {
      setDecision(output as OperationOutput<'getDecision'>);
      return;
    }
    case 'createGoal':
    case 'updateGoal':
    case 'restoreGoal':
    case 'recordCheckIns':
    case 'updateCheckIn':
    case 'deleteCheckIn':
    case 'linkGoalDecision':
    case 'unlinkGoalDecision': {
      const view = output as OperationOutput<'getGoal'>;
      queryClient.setQueryData(serverQuery('getGoal', { id: view.goal.id }).queryKey, view);
      return;
    }
    case 'createSession':
    case 'changeSession': {
      setSession(output as OperationOutput<'getSession'>);
      return;
    }
    case 'finishSession': {
      const { session, decision } = output as OperationOutput<'finishSession'>;
      setSession(session);
      setDecision(decision);
      return;
    }
    default:
  }
}
