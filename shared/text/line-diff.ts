import { diffLines } from 'diff';
import type { DiffLine } from '../api/diff-line';

/** A line diff of two texts, each line numbered on the side(s) it exists on. */
export function diffText(before: string, after: string): DiffLine[] {
  const lines: DiffLine[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const change of diffLines(before, after)) {
    for (const text of splitLines(change.value)) {
      if (change.added) lines.push({ kind: 'added', text, oldLine: null, newLine: newLine++ });
      else if (change.removed) lines.push({ kind: 'removed', text, oldLine: oldLine++, newLine: null });
      else lines.push({ kind: 'same', text, oldLine: oldLine++, newLine: newLine++ });
    }
  }
  return lines;
}

function splitLines(value: string): string[] {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A line of one side of a two-version view, and whether the other side lacks it. */
export interface SideLine {
  text: string;
  differs: boolean;
}

/**
 * Two versions of a file line by line, each line marked where the other version does not have it:
 * what the conflict screen highlights, so a person reads the three lines that differ, not two files.
 */
export function sideBySideLines(left: string, right: string): { left: SideLine[]; right: SideLine[]; differing: number } {
  const sides = { left: [] as SideLine[], right: [] as SideLine[], differing: 0 };
  for (const line of diffText(left, right)) {
    if (line.kind !== 'added') sides.left.push({ text: line.text, differs: line.kind === 'removed' });
    if (line.kind !== 'removed') sides.right.push({ text: line.text, differs: line.kind === 'added' });
    if (line.kind !== 'same') sides.differing += 1;
  }
  return sides;
}
