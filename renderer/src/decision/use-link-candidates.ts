import type { DecisionSummary } from '../../../shared/domain/decision';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { useTypingPause } from '../keyboard/use-typing-pause';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';

const MAX_CANDIDATES = 1000;
const TYPING_DELAY_MS = 150;

/**
 * The decisions of a workspace a link could point to. Typed words search the text; typed digits
 * pick decisions by number, which full-text search does not index.
 */
export function useLinkCandidates(workspaceId: string, query: string): { candidates: DecisionSummary[] | null; error: string | null } {
  const typed = useTypingPause(query.trim(), TYPING_DELAY_MS);
  const byNumber = /^\d+$/.test(typed);
  const search = useServerQuery(
    'searchDecisions',
    { workspaceId, query: byNumber ? '' : typed, sort: 'number', order: 'desc', limit: MAX_CANDIDATES },
    { keepPrevious: true },
  );
  const items = search.data?.items ?? null;
  return {
    candidates: items && byNumber ? items.filter((d) => formatDecisionNumber(d.number).includes(typed)) : items,
    error: queryErrorMessage(search),
  };
}
