import type { GoalView } from '../../../shared/api/goal-operations';
import { errorCode, errorMessage } from '../api/error-message';
import { useServerQuery } from '../queries/server-query';

/** A goal for a page, kept up to date by the cache, with why it may be missing. */
export function useGoal(id: string): { view: GoalView | null; loadError: string | null; notFound: boolean } {
  const { data, error } = useServerQuery('getGoal', { id });
  // A goal deleted while its page is open is gone, even though the last answer is still cached.
  const failed = error !== null;
  return { view: failed ? null : (data ?? null), loadError: failed ? errorMessage(error) : null, notFound: failed && errorCode(error) === 'not_found' };
}
