import type { Decision } from '../../../shared/domain/decision';
import { errorCode, errorMessage } from '../api/error-message';
import { useServerQuery } from '../queries/server-query';

/** A decision for a page, kept up to date by the cache, with why it may be missing. */
export function useDecision(id: string): { decision: Decision | null; loadError: string | null; notFound: boolean; refetch: () => Promise<unknown> } {
  const { data, error, refetch } = useServerQuery('getDecision', { id });
  // A decision deleted while its page is open is gone, even though the last answer is still cached.
  const failed = error !== null;
  return {
    decision: failed ? null : (data ?? null),
    loadError: failed ? errorMessage(error) : null,
    notFound: failed && errorCode(error) === 'not_found',
    refetch,
  };
}
