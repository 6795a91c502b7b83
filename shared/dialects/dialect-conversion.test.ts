// The corpus is read from disk; only tests may touch node:*.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIALECTS, readRecord } from './adr-dialects';
import { DIALECT_IDS, type AdrLink, type AdrRecord, type DialectId } from './adr-document';
import { lostProse } from './conversion-loss.test-support';
import { corpusFiles } from './corpus-files.test-support';

/*
 * Property: converting any corpus file to any other dialect keeps every word. Every prose line of
 * the original (headings and metadata keys aside; see conversion-loss.test-support.ts) is in the
 * converted file; the converted file reads back with the original's fields; and converting it back
 * to the original dialect gives the original's fields again.
 */

const FILES = corpusFiles(fs);

const linkKey = (link: AdrLink) => JSON.stringify([link.kind, link.direction, link.label, link.targetNumber ?? null, link.targetFile ?? null, link.targetTitle ?? null]);

/** What a record states besides its prose: the fields the property compares. */
function fields(record: AdrRecord, dialect: DialectId) {
  const c = record.content;
  return {
    number: dialect === 'log4brains' ? null : record.number,
    title: c.title,
    status: c.status,
    date: c.date,
    reviewBy: c.reviewBy,
    people: [c.decisionMakers, c.consulted, c.informed],
    tags: c.tags,
    chosenOption: c.chosenOption,
    options: c.options.map((o) => o.name),
    links: record.links.map(linkKey).sort(),
  };
}

describe.each(FILES.map((file) => [file.name, file] as const))('%s', (_name, file) => {
  const record = readRecord(file.text, file.fileName);
  const targets = DIALECT_IDS.filter((id) => id !== record.dialect);

  it.each(targets)('converts to %s keeping every prose line and every field, and back', (target) => {
    const converted = DIALECTS[target].serialize(record);
    expect(lostProse(file.text, converted), converted).toEqual([]);
    const read = DIALECTS[target].read(converted, file.fileName);
    const expected = fields(record, target);
    expect(fields(read, target), converted).toEqual(expected);
    const back = DIALECTS[record.dialect].serialize(read);
    expect(fields(DIALECTS[record.dialect].read(back, file.fileName), target), back).toEqual(expected);
  });
});

describe('what a target dialect has no field for', () => {
  const nygard = [
    '# 14. Use W',
    '',
    'Date: 2021-03-05 (back dated)',
    'Amendment Date: 2022-01-01',
    '',
    '## Status',
    '',
    '❌ Rejected (see 019)',
    '',
    'The board said no.',
    '',
    '## Context',
    '',
    'X.',
    '',
    '## Considered Options',
    '',
    '* Plan A, which wraps',
    '  over two lines',
    '* Plan B',
    '  * Good, because cheap',
    '  * with a nested note',
    '',
  ].join('\n');
  const record = readRecord(nygard, 'docs/adr/0014-use-w.md');

  it('goes with the status and date as written, as a kept key, or as an extra section of the same heading', () => {
    expect(DIALECTS.madr4.serialize(record)).toBe(
      [
        '---',
        'status: ❌ Rejected (see 019)',
        'date: 2021-03-05 (back dated)',
        'Amendment Date: 2022-01-01',
        '---',
        '',
        '# Use W',
        '',
        '## Context and Problem Statement',
        '',
        'X.',
        '',
        '## Considered Options',
        '',
        '* Plan A, which wraps over two lines',
        '* Plan B',
        '',
        '## Pros and Cons of the Options',
        '',
        '### Plan B',
        '',
        '* with a nested note',
        '',
        '* Good, because cheap',
        '',
        '## Status',
        '',
        'The board said no.',
        '',
      ].join('\n'),
    );
  });

  it('comes back to the first dialect with what it said', () => {
    for (const target of ['madr2', 'madr3', 'madr4', 'log4brains'] as const) {
      const converted = DIALECTS[target].serialize(record);
      const back = DIALECTS.nygard.serialize(DIALECTS[target].read(converted, 'docs/adr/0014-use-w.md'));
      expect(back, target).toContain('Date: 2021-03-05 (back dated)\nAmendment Date: 2022-01-01\n\n## Status\n\n❌ Rejected (see 019)\n\nThe board said no.\n');
      expect(DIALECTS.nygard.read(back, 'docs/adr/0014-use-w.md').content.options, target).toEqual(record.content.options);
    }
  });

  it('reads the options a list item wraps or nests as one option with its description, pros and cons', () => {
    expect(record.content.options).toEqual([
      { name: 'Plan A, which wraps over two lines', description: '', pros: [], cons: [] },
      { name: 'Plan B', description: '* with a nested note', pros: ['cheap'], cons: [] },
    ]);
  });

  it('writes the status as itself once it changed: the note was about the old one', () => {
    const changed = structuredClone(record);
    changed.content.status = 'accepted';
    expect(DIALECTS.madr4.serialize(changed)).toMatch(/^---\nstatus: accepted\n/);
  });
});
