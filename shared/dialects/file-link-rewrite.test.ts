import { describe, expect, it } from 'vitest';
import { emptyDecisionContent } from '../domain/decision';
import { rewriteContentLinks, rewriteLinksToFile } from './file-link-rewrite';

const FROM = '0009-another-nine.md';
const TO = '0010-another-nine.md';

describe('rewriteLinksToFile', () => {
  it('points links in the body and in a Status section at the new file, and changes nothing else', () => {
    const text = [
      '## Status',
      '',
      'Superseded by [9. Another nine](0009-another-nine.md)',
      '',
      '## Context',
      '',
      'As [ADR 9](0009-another-nine.md) says, and [the other one](0008-other.md) too.',
      '',
    ].join('\n');
    expect(rewriteLinksToFile(text, FROM, TO)).toBe(text.replaceAll('(0009-another-nine.md)', '(0010-another-nine.md)'));
  });

  it('keeps the anchor, the folder part, angle brackets and a title', () => {
    expect(rewriteLinksToFile('See [the drivers](0009-another-nine.md#decision-drivers).', FROM, TO)).toBe('See [the drivers](0010-another-nine.md#decision-drivers).');
    expect(rewriteLinksToFile('[9](./0009-another-nine.md "Another nine")', FROM, TO)).toBe('[9](./0010-another-nine.md "Another nine")');
    expect(rewriteLinksToFile('[9](<../adr/0009-another-nine.md>)', FROM, TO)).toBe('[9](<../adr/0010-another-nine.md>)');
    expect(rewriteLinksToFile('[9]: 0009-another-nine.md#status\n', FROM, TO)).toBe('[9]: 0010-another-nine.md#status\n');
  });

  it('leaves text that merely mentions the number or the name, other files, web links and code', () => {
    const text = [
      'ADR 0009 and 0009-another-nine.md are only mentioned here; [9](0009-another-nine.md.bak) is another file.',
      '[web](https://example.com/0009-another-nine.md) [other](10009-another-nine.md)',
      'Inline `[9](0009-another-nine.md)` is code.',
      '```',
      '[9](0009-another-nine.md)',
      '```',
    ].join('\n');
    expect(rewriteLinksToFile(text, FROM, TO)).toBe(text);
  });

  it('keeps line endings and trailing spaces byte for byte', () => {
    const text = 'a  \r\n[9](0009-another-nine.md)\r\n\r\nb\t\n';
    expect(rewriteLinksToFile(text, FROM, TO)).toBe('a  \r\n[9](0010-another-nine.md)\r\n\r\nb\t\n');
  });
});

describe('rewriteContentLinks', () => {
  it('rewrites every text field of a decision, and says null when nothing links to the file', () => {
    const link = '[9](0009-another-nine.md)';
    const content = {
      ...emptyDecisionContent('Use SQLite', '2025-06-01'),
      context: `Follows ${link}.`,
      options: [{ name: 'A', description: link, pros: [`Good, as ${link}`], cons: [] }],
      extraSections: [{ heading: 'Notes', body: link }],
    };
    const next = rewriteContentLinks(content, FROM, TO);
    expect(next).toMatchObject({
      title: 'Use SQLite',
      context: 'Follows [9](0010-another-nine.md).',
      options: [{ description: '[9](0010-another-nine.md)', pros: ['Good, as [9](0010-another-nine.md)'] }],
      extraSections: [{ body: '[9](0010-another-nine.md)' }],
    });
    expect(rewriteContentLinks(emptyDecisionContent('Plain', '2025-06-01'), FROM, TO)).toBeNull();
  });
});
