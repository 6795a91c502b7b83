import { describe, expect, it } from 'vitest';
import type { DiffLine } from '../../../shared/api/contract';
import { collapseDiff } from './collapse-diff';

const same = (n: number): DiffLine => ({ kind: 'same', text: `line ${n}`, oldLine: n, newLine: n });

describe('collapseDiff', () => {
  it('folds unchanged lines far from a change and keeps the context around it', () => {
    const lines = [...[1, 2, 3, 4, 5, 6].map(same), { kind: 'added', text: 'new', oldLine: null, newLine: 7 } as DiffLine, same(7)];
    const rows = collapseDiff(lines, 2);
    expect(rows.map((r) => (r.kind === 'fold' ? `fold ${r.lines.length}` : r.line.text))).toEqual([
      'fold 4',
      'line 5',
      'line 6',
      'new',
      'line 7',
    ]);
  });

  it('shows a lone unchanged line instead of folding it', () => {
    const lines = [same(1), same(2), { kind: 'removed', text: 'old', oldLine: 3, newLine: null } as DiffLine];
    expect(collapseDiff(lines, 1).map((r) => r.kind)).toEqual(['line', 'line', 'line']);
  });

  it('folds everything when nothing changed', () => {
    expect(collapseDiff([same(1), same(2), same(3)], 3)).toEqual([{ kind: 'fold', start: 0, lines: [same(1), same(2), same(3)] }]);
  });
});
