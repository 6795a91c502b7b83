/** After this long on one problem, step away: a walk often unsticks what staring does not. */
export const WALK_AFTER_MS = 4 * 60 * 60 * 1000;
/** After this long, ask: someone on the team has likely seen it before. */
export const ASK_AFTER_MS = 8 * 60 * 60 * 1000;

export type StuckStage = 'working' | 'walk' | 'ask-peers';

/** Where a stuck timer stands after `elapsedMs`. */
export function stuckStage(elapsedMs: number): StuckStage {
  if (elapsedMs >= ASK_AFTER_MS) return 'ask-peers';
  if (elapsedMs >= WALK_AFTER_MS) return 'walk';
  return 'working';
}

/** What to suggest at a stage, naming the peers to ask once it is time to ask. */
export function stuckAdvice(stage: StuckStage, peers: readonly string[]): string {
  switch (stage) {
    case 'working':
      return 'Keep going. At 4 hours Cairn will suggest a walk.';
    case 'walk':
      return 'Four hours on this one: take a walk, then come back to it fresh.';
    case 'ask-peers':
      return peers.length > 0
        ? `Eight hours: time to ask a peer — ${peers.join(', ')}.`
        : 'Eight hours: time to ask a peer for a second pair of eyes.';
  }
}

/** Elapsed time as people say it: "45 min", "4 h 05 min". */
export function formatElapsed(elapsedMs: number): string {
  const minutes = Math.max(0, Math.floor(elapsedMs / 60_000));
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
