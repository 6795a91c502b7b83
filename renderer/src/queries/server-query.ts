import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../../shared/api/contract';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import type { QueryOperation } from './operation-kinds';

/** The cache key of one read: the operation and its input, so every operation has its own keys. */
export type ServerQueryKey<K extends QueryOperation> = readonly [K, OperationInput<K>];

/** One read of the core as a cached query: keyed by operation and input, fetched through the API. */
export function serverQuery<K extends QueryOperation>(operation: K, input: OperationInput<K>) {
  const key: ServerQueryKey<K> = [operation, input];
  return queryOptions({
    queryKey: key,
    queryFn: (): Promise<OperationOutput<K>> => api()[operation](input),
  });
}

/** Options a page may add to a read: wait for what the input needs, keep the last answer while the next one comes. */
export interface ServerQueryOptions {
  enabled?: boolean;
  keepPrevious?: boolean;
  /** Read again every so often: for answers that depend on the clock (a running timer). */
  refetchInterval?: number;
}

/** Reads from the core through the cache; re-renders when the answer changes. */
export function useServerQuery<K extends QueryOperation>(
  operation: K,
  input: OperationInput<K>,
  { enabled = true, keepPrevious = false, refetchInterval }: ServerQueryOptions = {},
): UseQueryResult<OperationOutput<K>> {
  return useQuery({
    ...serverQuery(operation, input),
    enabled,
    refetchInterval,
    placeholderData: keepPrevious ? (previous) => previous : undefined,
  });
}

/** Why a read failed, in plain words; null while it has not. */
export function queryErrorMessage(query: { error: unknown }): string | null {
  return query.error ? errorMessage(query.error) : null;
}
