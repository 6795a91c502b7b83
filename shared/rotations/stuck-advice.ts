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

/** A name as people match it: case, accents, spacing and letter forms aside ("Zoë  Ng" is "zoe ng"). */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/**
 * Whether two written names are taken for one person: the same name, or one is only the other's first
 * name ("Ada" in a rotation, "Ada Lovelace" in the profile). Wrongly leaving out a namesake costs less
 * than telling someone to ask themselves.
 */
export function isSamePerson(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const firstWord = (key: string) => key.split(' ')[0];
  return (!x.includes(' ') && x === firstWord(y)) || (!y.includes(' ') && y === firstWord(x));
}

/**
 * Who to ask: the people of the team, each once, by name, without the person who is stuck (however
 * they typed their name), so nobody is told to ask themselves.
 */
export function peersToAsk(team: readonly string[], stuckPerson: string): string[] {
  const peers = new Map<string, string>();
  for (const name of team) {
    const key = nameKey(name);
    if (key !== '' && !isSamePerson(name, stuckPerson) && !peers.has(key)) peers.set(key, name.trim());
  }
  return [...peers.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * What to suggest at a stage, naming the peers to ask once it is time to ask; with `stuckPerson`,
 * never that person.
 */
export function stuckAdvice(stage: StuckStage, peers: readonly string[], stuckPerson?: string): string {
  if (stuckPerson !== undefined) peers = peersToAsk(peers, stuckPerson);
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
