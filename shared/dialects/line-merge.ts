/** A run of lines in a section body: an item (a list entry, a link line, an option's subsection) or fixed text. */
export interface Segment<T> {
  lines: string[];
  item: T | null;
}

export interface MergeRules<T> {
  /** Whether an item may keep its lines as written. */
  same: (written: T, wanted: T) => boolean;
  /** Lines for a new item, or for a changed one (then `replacing` is the segment it replaces). */
  render(wanted: T, replacing: Segment<T> | null): string[];
  /** Where new items go when there are none yet: after this segment (-1: before the first). */
  insertAfter: number;
}

/**
 * Rewrites the items of a body to `wanted`, keeping fixed lines and the lines of unchanged items as
 * written. Items are matched in order (a longest common subsequence); an unmatched written item is
 * replaced in place by an unmatched wanted one, and the rest are removed or added after their
 * neighbours. So adding one option adds one line, and renumbering a link changes one line.
 */
export function mergeItems<T>(segments: readonly Segment<T>[], wanted: readonly T[], rules: MergeRules<T>): string[] {
  const itemAt = segments.flatMap((segment, index) => (segment.item === null ? [] : [index]));
  const written = itemAt.map((index) => (segments[index] as Segment<T>).item as T);
  const pairs = [...commonSubsequence(written, wanted, rules.same), [written.length, wanted.length] as const];
  const replaced = new Map<number, string[]>();
  const inserted = new Map<number, string[][]>();
  const insert = (after: number, lines: string[]) => inserted.set(after, [...(inserted.get(after) ?? []), lines]);
  let [lastWritten, lastWanted] = [-1, -1];
  for (const [w, v] of pairs) {
    const gapWritten = range(lastWritten + 1, w);
    const gapWanted = range(lastWanted + 1, v);
    const shared = Math.min(gapWritten.length, gapWanted.length);
    gapWritten.forEach((wi, k) => {
      const index = itemAt[wi] as number;
      replaced.set(index, k < shared ? rules.render(wanted[gapWanted[k] as number] as T, segments[index] as Segment<T>) : []);
    });
    const anchor =
      shared > 0
        ? (itemAt[gapWritten[shared - 1] as number] as number)
        : lastWritten >= 0
          ? (itemAt[lastWritten] as number)
          : w < written.length
            ? (itemAt[w] as number) - 1
            : rules.insertAfter;
    for (const vi of gapWanted.slice(shared)) insert(anchor, rules.render(wanted[vi] as T, null));
    [lastWritten, lastWanted] = [w, v];
  }
  const out: string[] = (inserted.get(-1) ?? []).flat();
  segments.forEach((segment, index) => {
    out.push(...(replaced.get(index) ?? segment.lines));
    out.push(...(inserted.get(index) ?? []).flat());
  });
  return out;
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** The index pairs of a longest common subsequence of `a` and `b`, in order. */
export function commonSubsequence<T, U = T>(a: readonly T[], b: readonly U[], same: (x: T, y: U) => boolean): (readonly [number, number])[] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] = same(a[i] as T, b[j] as U)
        ? ((table[i + 1] as number[])[j + 1] as number) + 1
        : Math.max((table[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const pairs: (readonly [number, number])[] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    if (same(a[i] as T, b[j] as U)) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number)) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}
