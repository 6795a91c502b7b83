/** A small seeded generator (mulberry32), so property tests fail the same way every run. */
export function seededRandom(seed: number) {
  let state = seed;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const chance = (p: number): boolean => next() < p;
  const times = <T>(min: number, max: number, make: (i: number) => T): T[] => Array.from({ length: int(min, max) }, (_, i) => make(i));
  return { next, int, pick, chance, times };
}

export type Random = ReturnType<typeof seededRandom>;
