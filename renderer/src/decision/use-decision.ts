import { useEffect } from 'react';
import type { Decision } from '../../../shared/domain/decision';
import { useCurrentDecisionStore } from '../stores/current-decision-store';

/** Loads a decision for a page and returns it once it is the one asked for, with why it may be missing. */
export function useDecision(id: string): { decision: Decision | null; loadError: string | null; notFound: boolean } {
  const decision = useCurrentDecisionStore((state) => state.decision);
  const failure = useCurrentDecisionStore((state) => state.loadFailure);
  const load = useCurrentDecisionStore((state) => state.load);
  useEffect(() => {
    void load(id);
  }, [id, load]);
  const failed = failure?.id === id ? failure : null;
  return { decision: decision?.id === id ? decision : null, loadError: failed?.message ?? null, notFound: failed?.notFound ?? false };
}
