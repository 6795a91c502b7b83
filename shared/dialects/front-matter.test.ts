import { describe, expect, it } from 'vitest';
import { FRONT_MATTER_LIMITS, readFrontMatter } from './front-matter';

describe('readFrontMatter', () => {
  it('gives each key the lines it spans, values on one line and on several', () => {
    const block = ['---', 'title: One', 'tags:', '  - a', '  - b', 'status: "accepted"', '---'];
    expect(readFrontMatter(block, 'x.md').map(({ key, firstLine, lastLine }) => ({ key, firstLine, lastLine }))).toEqual([
      { key: 'title', firstLine: 1, lastLine: 1 },
      { key: 'tags', firstLine: 2, lastLine: 4 },
      { key: 'status', firstLine: 5, lastLine: 5 },
    ]);
  });

  it('gives every one of many keys its own lines', () => {
    const count = 2_000;
    const block = ['---'];
    for (let i = 0; i < count; i++) block.push(`key${i}:`, `  - value ${i}`);
    block.push('---');
    const spans = readFrontMatter(block, 'many.md').map(({ key, firstLine, lastLine }) => [key, firstLine, lastLine]);
    expect(spans).toEqual(Array.from({ length: count }, (_, i) => [`key${i}`, 2 * i + 1, 2 * i + 2]));
  });
});

describe('the limits of a front matter', () => {
  const block = (lines: string[]) => ['---', ...lines, '---'];

  it('refuses more keys than it reads, naming the count', () => {
    const keys = Array.from({ length: FRONT_MATTER_LIMITS.keys + 1 }, (_, i) => `k${i}: v`);
    expect(() => readFrontMatter(block(keys), '0042-many.md')).toThrow('0042-many.md:2: the front matter has 5,001 keys; Cairn reads at most 5,000');
    expect(readFrontMatter(block(keys.slice(1)), '0042-many.md')).toHaveLength(FRONT_MATTER_LIMITS.keys);
  });

  it('refuses a value nested deeper than its limit, at the line it starts, and reads one at the limit', () => {
    const nested = (levels: number) => `${'['.repeat(levels)}x${']'.repeat(levels)}`;
    expect(() => readFrontMatter(block(['title: Deep', `a: ${nested(FRONT_MATTER_LIMITS.depth)}`]), '0042-deep.md')).toThrow(
      '0042-deep.md:3: the front matter nests more than 64 levels deep',
    );
    const atLimit = readFrontMatter(block(['title: Deep', `a: ${nested(FRONT_MATTER_LIMITS.depth - 1)}`]), '0042-deep.md');
    expect(atLimit.map((entry) => entry.key)).toEqual(['title', 'a']);
  });

  it('says an alias bomb is one, at its key', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)];
    expect(() => readFrontMatter(block(bomb), '0042-bomb.md')).toThrow(/^0042-bomb\.md:\d+: the front matter expands its aliases more than 100 times \(a YAML alias bomb\)$/);
  });
});
