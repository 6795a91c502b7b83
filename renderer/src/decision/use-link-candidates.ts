import { useEffect, useState } from 'react';
import type { DecisionSummary } from '../../../shared/domain/decision';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

const MAX_CANDIDATES = 1000;
const TYPING_DELAY_MS = 150;

/**
 * The decisions of a workspace a link could point to. Typed words search the text; typed digits
 * pick decisions by number, which full-text search does not index.
 */
export function useLinkCandidates(workspaceId: string, query: string) {
  const [candidates, setCandidates] = useState<DecisionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const typed = query.trim();
    const byNumber = /^\d+$/.test(typed);
    const timer = setTimeout(() => {
      api()
        .searchDecisions({ workspaceId, query: byNumber ? '' : typed, sort: 'number', order: 'desc', limit: MAX_CANDIDATES })
        .then((result) => {
          if (!current) return;
          setCandidates(byNumber ? result.items.filter((d) => formatDecisionNumber(d.number).includes(typed)) : result.items);
          setError(null);
        })
        .catch((failure: unknown) => {
          if (current) setError(errorMessage(failure));
        });
    }, typed ? TYPING_DELAY_MS : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [workspaceId, query]);

  return { candidates, error };
}
