import type { Decision } from '../domain/decision';

/**
 * The line of decisions one stands in, oldest first: what it superseded, and so on back, then what
 * superseded it, and so on forward. Where one supersedes several (or several supersede one) the
 * lowest number is followed, so the chain is a line a reader can walk; every link is still listed
 * among the decision's links. Decisions not in `byId` (in the trash) end the walk.
 */
export function supersedeChain(decision: Decision, byId: ReadonlyMap<string, Decision>): Decision[] {
  const seen = new Set([decision.id]);
  const step = (from: Decision, direction: 'outgoing' | 'incoming'): Decision | undefined => {
    const next = from.links
      .filter((link) => link.kind === 'supersedes' && link.direction === direction && !seen.has(link.otherId) && byId.has(link.otherId))
      .sort((a, b) => a.otherNumber - b.otherNumber || a.otherId.localeCompare(b.otherId))[0];
    if (!next) return undefined;
    seen.add(next.otherId);
    return byId.get(next.otherId);
  };
  const earlier: Decision[] = [];
  for (let d = step(decision, 'outgoing'); d; d = step(d, 'outgoing')) earlier.unshift(d);
  const later: Decision[] = [];
  for (let d = step(decision, 'incoming'); d; d = step(d, 'incoming')) later.push(d);
  return [...earlier, decision, ...later];
}
