import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sideBySideLines } from './line-diff';

describe('sideBySideLines', () => {
  it('marks on each side the lines the other version lacks, and keeps every line in order', () => {
    const file = '# 4. Markdown on disk\n\nDate: 2016-02-12\n\n## Status\n\nAccepted\n';
    const app = '# 4. Markdown in Cairn\n\nDate: 2016-02-12\n\n## Status\n\nAccepted\n';
    const sides = sideBySideLines(file, app);
    expect(sides.left.filter((line) => line.differs).map((line) => line.text)).toEqual(['# 4. Markdown on disk']);
    expect(sides.right.filter((line) => line.differs).map((line) => line.text)).toEqual(['# 4. Markdown in Cairn']);
    expect(sides.differing).toBe(2);
    expect(sides.left.map((line) => line.text).join('\n')).toBe(file.trimEnd());
  });

  it('marks nothing when the versions are the same', () => {
    const sides = sideBySideLines('a\nb\n', 'a\nb\n');
    expect(sides.differing).toBe(0);
    expect([...sides.left, ...sides.right].some((line) => line.differs)).toBe(false);
  });

  it('gives back both texts whole, line for line, for any two texts', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', '', '## Status', 'Accepted'), { maxLength: 12 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, text, (left, right) => {
        const sides = sideBySideLines(left, right);
        const whole = (value: string) => value.split('\n').slice(0, value.endsWith('\n') || value === '' ? -1 : undefined);
        expect(sides.left.map((line) => line.text)).toEqual(whole(left));
        expect(sides.right.map((line) => line.text)).toEqual(whole(right));
        expect(sides.differing).toBe([...sides.left, ...sides.right].filter((line) => line.differs).length);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});
