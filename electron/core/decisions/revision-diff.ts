import { diffLines } from 'diff';
import type { DiffLine } from '../../../shared/api/contract';

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
