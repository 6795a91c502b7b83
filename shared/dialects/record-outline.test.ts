import { describe, expect, it } from 'vitest';
import { outlineRecord } from './record-outline';

describe('the outline of a record file', () => {
  const text = [
    '---',
    '# a YAML comment, not a heading',
    'status: accepted',
    '---',
    '# Use X',
    '',
    '## Decision',
    '',
    '### Option A',
    '',
    'We pick A, see [B](0002-b.md#why) and [the site](https://example.com/c.md).',
    '',
    '## Links',
    '<!-- none yet -->',
    '',
    '```',
    '## Not a heading [c](0003-c.md)',
    '```',
  ].join('\r\n');

  it('lists headings outside front matter and code, with their lines and whether anything is under them', () => {
    expect(outlineRecord(text).sections).toEqual([
      { line: 5, level: 1, text: 'Use X', hasContent: true },
      { line: 7, level: 2, text: 'Decision', hasContent: true },
      { line: 9, level: 3, text: 'Option A', hasContent: true },
      { line: 13, level: 2, text: 'Links', hasContent: true },
    ]);
  });

  it('counts a section holding only a comment as empty', () => {
    expect(outlineRecord('# T\n\n## Links\n<!-- none -->\n').sections[1]).toMatchObject({ text: 'Links', hasContent: false });
  });

  it('finds links to Markdown files in the text, not external ones or ones in code, percent-decoded', () => {
    expect(outlineRecord(text).links).toEqual([{ line: 11, label: 'B', target: '0002-b.md' }]);
    expect(outlineRecord('See [x](<my%20file.md>).').links).toEqual([{ line: 1, label: 'x', target: 'my file.md' }]);
  });

  it('gives the title line and the line of a text', () => {
    const outline = outlineRecord(text);
    expect(outline.titleLine).toBe(5);
    expect(outline.lineOf('status:')).toBe(3);
    expect(outline.lineOf('Not a heading')).toBeNull();
    expect(outlineRecord('no headings').titleLine).toBe(1);
  });
});
