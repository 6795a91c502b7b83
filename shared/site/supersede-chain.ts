import type { Decision } from '../domain/decision';

/** How far a page's chain reaches each way: the pages at its ends carry it on, so a page stays small however long the line. */
export const CHAIN_REACH = 10;

export interface SupersedeChain {
  /** Oldest first, the decision itself included. */
  decisions: Decision[];
  /** The line goes on before the first one shown, or after the last (see CHAIN_REACH). */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/**
 * The line of decisions one stands in, oldest first: what it superseded, and so on back, then what
 * superseded it, and so on forward, up to CHAIN_REACH each way. Where one supersedes several (or several supersede one) the
 * lowest number is followed, so the chain is a line a reader can walk; every link is still listed
 * among the decision's links. Decisions not in `byId` (in the trash) end the walk.
 */
export function supersedeChain(decision: Decision, byId: ReadonlyMap<string, Decision>): SupersedeChain {
  const seen = new Set([decision.id]);
  const step = (from: Decision, direction: 'outgoing' | 'incoming'): Decision | undefined => {
    const next = from.links
      .filter((link) => link.kind === 'supersedes' && link.direction === direction && !seen.has(link.otherId) && byId.has(link.otherId))
      .sort((a, b) => a.otherNumber - b.otherNumber || a.otherId.localeCompare(b.otherId))[0];
    if (!next) return undefined;
    seen.add(next.otherId);
    return byId.get(next.otherId);
  };
  const walk = (direction: 'outgoing' | 'incoming'): { found: Decision[]; more: boolean } => {
    const found: Decision[] = [];
    let d = step(decision, direction);
    while (d && found.length < CHAIN_REACH) {
      found.push(d);
      d = step(d, direction);
    }
    return { found, more: d !== undefined };
  };
  const earlier = walk('outgoing');
  const later = walk('incoming');
  return { decisions: [...earlier.found.reverse(), decision, ...later.found], continuesBefore: earlier.more, continuesAfter: later.more };
}
