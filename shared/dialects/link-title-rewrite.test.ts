import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDecisionContent } from '../domain/decision';
import { retitledLinkText, rewriteContentLinkTitles, rewriteLinkTitles, type Retitle } from './link-title-rewrite';

const FILE = '0007-use-sqlite.md';
const RETITLE: Retitle = { number: 7, from: 'Use SQLite', to: 'Use SQLite for storage' };

describe('retitledLinkText', () => {
  it('gives the new title for the texts Cairn writes from the old one, and null for any other', () => {
    expect(retitledLinkText('Use SQLite', RETITLE)).toBe('Use SQLite for storage');
    expect(retitledLinkText('7. Use SQLite', RETITLE)).toBe('7. Use SQLite for storage');
    expect(retitledLinkText('the storage decision', RETITLE)).toBeNull();
    expect(retitledLinkText('use sqlite', RETITLE)).toBeNull();
    expect(retitledLinkText('0007. Use SQLite', RETITLE)).toBeNull();
    expect(retitledLinkText('8. Use SQLite', RETITLE)).toBeNull();
    expect(retitledLinkText('Use SQLite', { ...RETITLE, to: 'Use SQLite' })).toBeNull();
  });
});

describe('rewriteLinkTitles', () => {
  it('retitles generated link texts in a Status line and in prose, keeping destinations, anchors and tips', () => {
    const text = [
      '## Status',
      '',
      'Superseded by [7. Use SQLite](0007-use-sqlite.md)',
      '',
      '## Context',
      '',
      'As [Use SQLite](./0007-use-sqlite.md#decision-drivers "the drivers") says, and [Use SQLite](<../adr/0007-use-sqlite.md>).',
      '',
    ].join('\n');
    expect(rewriteLinkTitles(text, FILE, RETITLE)).toBe(
      [
        '## Status',
        '',
        'Superseded by [7. Use SQLite for storage](0007-use-sqlite.md)',
        '',
        '## Context',
        '',
        'As [Use SQLite for storage](./0007-use-sqlite.md#decision-drivers "the drivers") says, and [Use SQLite for storage](<../adr/0007-use-sqlite.md>).',
        '',
      ].join('\n'),
    );
  });

  it('leaves hand-written texts, other files, web links, images, reference links and code alone', () => {
    const text = [
      'See [the storage decision](0007-use-sqlite.md) and [Use SQLite](0008-other.md).',
      '[Use SQLite](https://example.com/0007-use-sqlite.md) ![Use SQLite](0007-use-sqlite.md) [Use SQLite][7]',
      'Inline `[Use SQLite](0007-use-sqlite.md)` is code; so is',
      '```',
      '[Use SQLite](0007-use-sqlite.md)',
      '```',
      '[7]: 0007-use-sqlite.md',
    ].join('\n');
    expect(rewriteLinkTitles(text, FILE, RETITLE)).toBe(text);
  });

  it('keeps line endings and the text around a link byte for byte', () => {
    expect(rewriteLinkTitles('a  \r\n[x [Use SQLite](0007-use-sqlite.md)\r\n\tb', FILE, RETITLE)).toBe('a  \r\n[x [Use SQLite for storage](0007-use-sqlite.md)\r\n\tb');
  });

  // Pieces of a document: what each becomes when the decision is retitled.
  const title = fc.string({ unit: fc.constantFrom(...'abcXY 07.-:()!#*é'), minLength: 1, maxLength: 12 });
  const piece = (old: string, next: string, number: number) =>
    fc.oneof(
      fc.constant({ before: `[${old}](${FILE})`, after: `[${next}](${FILE})` }),
      fc.constant({ before: `[${number}. ${old}](./${FILE}#status)`, after: `[${number}. ${next}](./${FILE}#status)` }),
      fc
        .string({ unit: fc.constantFrom(...'abcXY 07.-:!#é'), maxLength: 14 })
        .filter((hand) => ![old, next, `${number}. ${old}`, `${number}. ${next}`].includes(hand))
        .map((hand) => ({ before: `[${hand}](${FILE})`, after: `[${hand}](${FILE})` })),
      fc.constant({ before: `[${old}](0999-other.md)`, after: `[${old}](0999-other.md)` }),
      fc.constant({ before: `\`[${old}](${FILE})\``, after: `\`[${old}](${FILE})\`` }),
      fc.string({ unit: fc.constantFrom(...'ab [](): !#*-.\n7é'), maxLength: 20 }).map((prose) => ({ before: prose, after: prose })),
    );
  const documents = fc
    .record({ old: title, next: title, number: fc.integer({ min: 1, max: 9999 }) })
    .filter(({ old, next }) => old !== next)
    .chain(({ old, next, number }) =>
      fc.array(piece(old, next, number), { maxLength: 8 }).map((pieces) => ({
        retitle: { number, from: old, to: next },
        before: pieces.map((p) => p.before).join(' '),
        after: pieces.map((p) => p.after).join(' '),
      })),
    );

  it('changes only the generated link texts, and retitling back restores the document byte for byte', () => {
    fc.assert(
      fc.property(documents, ({ retitle, before, after }) => {
        const retitled = rewriteLinkTitles(before, FILE, retitle);
        expect(retitled).toBe(after);
        expect(rewriteLinkTitles(retitled, FILE, { ...retitle, from: retitle.to, to: retitle.from })).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('on any text (code, fences, nested brackets) only ever puts the new title for the old one, and retitling back undoes it', () => {
    // The new title holds a character no token has, so the text cannot hold a link generated from it.
    const tokens = fc.constantFrom('[', ']', '(', ')', '!', ' ', '\n', '`', '```', '~~~', '#x', '"t"', '<', '>', './', '7. ', 'Use SQLite', FILE, 'https://', '\r');
    const text = fc.array(tokens, { maxLength: 30 }).map((parts) => parts.join(''));
    const retitle: Retitle = { number: 7, from: 'Use SQLite', to: 'Ω' };
    fc.assert(
      fc.property(text, (before) => {
        const retitled = rewriteLinkTitles(before, FILE, retitle);
        expect(retitled.replaceAll('Ω', 'Use SQLite')).toBe(before);
        expect(rewriteLinkTitles(retitled, FILE, { number: 7, from: 'Ω', to: 'Use SQLite' })).toBe(before);
      }),
      { numRuns: 500 },
    );
  });
});

describe('rewriteContentLinkTitles', () => {
  it('retitles links in every text field of a decision, and says null when none links with a generated text', () => {
    const link = `[7. Use SQLite](${FILE})`;
    const content = {
      ...emptyDecisionContent('Use Postgres', '2025-06-01'),
      context: `Follows ${link}.`,
      options: [{ name: 'A', description: link, pros: [`Good, as ${link}`], cons: [] }],
      extraSections: [{ heading: 'Notes', body: link }],
    };
    const renamed = `[7. Use SQLite for storage](${FILE})`;
    expect(rewriteContentLinkTitles(content, FILE, RETITLE)).toEqual({
      ...content,
      context: `Follows ${renamed}.`,
      options: [{ name: 'A', description: renamed, pros: [`Good, as ${renamed}`], cons: [] }],
      extraSections: [{ heading: 'Notes', body: renamed }],
    });
    expect(rewriteContentLinkTitles({ ...content, context: `[storage](${FILE})`, options: [], extraSections: [] }, FILE, RETITLE)).toBeNull();
  });
});
