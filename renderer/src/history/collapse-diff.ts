import type { DiffLine } from '../../../shared/api/contract';

/** What the diff view shows: a line, or a run of unchanged lines folded away. */
export type DiffRow = { kind: 'line'; line: DiffLine } | { kind: 'fold'; start: number; lines: DiffLine[] };

/**
 * Folds unchanged lines that are more than `context` lines away from any change, so a one-line
 * edit in a long decision shows as a few lines rather than the whole text.
 */
export function collapseDiff(lines: readonly DiffLine[], context: number): DiffRow[] {
  const nearChange = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.kind === 'same') return;
    for (let i = Math.max(0, index - context); i <= Math.min(lines.length - 1, index + context); i++) nearChange[i] = true;
  });
  const rows: DiffRow[] = [];
  let fold: DiffLine[] = [];
  let foldStart = 0;
  const flush = () => {
    // Folding a single line saves nothing; show it.
    if (fold.length === 1 && fold[0]) rows.push({ kind: 'line', line: fold[0] });
    else if (fold.length > 1) rows.push({ kind: 'fold', start: foldStart, lines: fold });
    fold = [];
  };
  lines.forEach((line, index) => {
    if (nearChange[index]) {
      flush();
      rows.push({ kind: 'line', line });
    } else {
      if (fold.length === 0) foldStart = index;
      fold.push(line);
    }
  });
  flush();
  return rows;
}
