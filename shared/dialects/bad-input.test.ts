import { describe, expect, it } from 'vitest';
import { DIALECTS, parseAdr, serializeAdr } from './adr-dialects';
import { DialectError } from './dialect-error';
import { seededRandom } from './seeded-random.test-support';

function failure(text: unknown, fileName = 'docs/adr/0007-bad.md'): DialectError {
  try {
    parseAdr(text as string, fileName);
  } catch (error) {
    if (error instanceof DialectError) return error;
    throw error;
  }
  throw new Error('expected a DialectError');
}

describe('input that is not an ADR', () => {
  it('names the file and line of binary content', () => {
    const error = failure('# Title\n\nsome\0\0bytes\n');
    expect(error).toMatchObject({ fileName: 'docs/adr/0007-bad.md', line: 3 });
    expect(error.message).toBe('docs/adr/0007-bad.md:3: the file is binary (it contains NUL bytes), not Markdown');
  });

  it('rejects an empty file and content that is not text', () => {
    expect(failure('').reason).toBe('the file is empty');
    expect(failure(' \n\n\t\n').reason).toBe('the file is empty');
    expect(failure(new Uint8Array([35, 32, 65])).reason).toBe('the content is not text');
  });

  it('names the line where a file with no title starts', () => {
    expect(failure('\n\nJust some notes.\n\n## Context\n')).toMatchObject({ line: 3, reason: 'no title: an ADR starts with a "# Title" heading' });
    expect(failure('# \n\n## Context\n')).toMatchObject({ line: 1, reason: 'the title is empty' });
  });

  it('names the line of broken front matter', () => {
    expect(failure('---\nstatus: accepted\nstatus: : x\n---\n# T\n')).toMatchObject({ line: 3 });
    expect(failure('---\nstatus: accepted\nstatus: : x\n---\n# T\n').reason).toMatch(/^the front matter is not valid YAML: Nested mappings/);
    expect(failure('---\nstatus: accepted\n# T\n')).toMatchObject({ line: 1, reason: 'the front matter that starts here is never closed with a "---" line' });
    expect(failure('---\n- a\n- b\n---\n# T\n')).toMatchObject({ line: 2, reason: 'the front matter is not a list of "key: value" pairs' });
  });

  it('rejects what cannot be a Cairn decision, such as a title longer than 300 characters', () => {
    expect(failure(`# ${'x'.repeat(301)}\n`).reason).toBe('cannot be a Cairn decision: title: title is longer than 300 characters');
  });

  it('reads a large file, and refuses a 10 MB one with a clear reason', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i} of a long context with some words in it.`).join('\n');
    const large = `# 1. Large\n\n## Context\n\n${lines(8_000)}\n`;
    expect(serializeAdr(parseAdr(large, '0001-large.md'))).toBe(large);
    expect(failure(`# 1. Huge\n\n## Context\n\n${lines(200_000)}\n`).reason).toBe('cannot be a Cairn decision: context: text is longer than 500,000 characters');
  });

  it('never fails with anything but a DialectError on random Markdown, and what it reads comes back byte for byte', () => {
    const pieces = ['# Title', '# 12. Numbered', '## Status', '## Context', '## Decision Outcome', '## Considered Options', '## Pros and Cons of the Options', '### Option A', '### Consequences',
      '## Links', '#', '---', 'status: accepted', 'Date: 2020-02-02', '* Status: proposed', '- Status: accepted', '**Status:** ACCEPTED', '| Status | Accepted |', '|---|---|',
      'Accepted', 'Superseded by [2. Foo](0002-foo.md)', '- Supersedes [x](x.md)', '* Option A', '* Good, because it is good', 'Chosen option: "Option A", because reasons',
      'Some text.', '', '', '```', '~~~', '<!-- comment -->', '<!--', '-->', '  - nested', '> quote', '\u00e9t\u00e9 \u2014 \ud83d\ude80', '\t tab', 'Title\r'];
    const r = seededRandom(99);
    let read = 0;
    for (let i = 0; i < 3000; i++) {
      const eol = r.chance(0.2) ? '\r\n' : '\n';
      const text = r.times(1, 25, () => r.pick(pieces)).join(eol) + (r.chance(0.8) ? eol : '');
      const dialect = DIALECTS[r.pick(['nygard', 'madr2', 'madr3', 'madr4', 'log4brains'] as const)];
      try {
        const doc = dialect.parse(text, r.pick(['0007-x.md', 'ADR-3.md', '20200101-x.md', 'x.md']));
        expect(dialect.serialize(doc), JSON.stringify(text)).toBe(text);
        read++;
      } catch (error) {
        expect(error, JSON.stringify(text)).toBeInstanceOf(DialectError);
      }
    }
    expect(read).toBeGreaterThan(1000);
  });
});
