import { describe, expect, it } from 'vitest';
import { parseAdr, readRecord, serializeAdr } from './adr-dialects';
import { writtenStatus } from './written-values';

/** Reads a hand-made file, checks it comes back byte for byte, and returns the document. */
function readBack(text: string, fileName: string) {
  const doc = parseAdr(text, fileName);
  expect(serializeAdr(doc)).toBe(text);
  return doc;
}

const BOLD = `# ADR 041: Use Kafka for events

**Status:** ✅ ACCEPTED
**Date:** 5 March 2021
**Deciders:** Ann, Bob

## Context

We need events.

## Decision

We will use Kafka.
`;

describe('variants found in real repositories', () => {
  it('reads bold keys, an emoji upper-case status, a written-out date and an "ADR 041:" title', () => {
    const doc = readBack(BOLD, 'decisions/use-kafka.md');
    expect(doc).toMatchObject({
      number: 41,
      content: { title: 'Use Kafka for events', status: 'accepted', date: '2021-03-05', decisionMakers: ['Ann', 'Bob'], context: 'We need events.', outcome: 'We will use Kafka.' },
    });
    expect(writtenStatus(doc)).toBe('✅ ACCEPTED');
  });

  it('writes a changed status in the same bold, upper-case form and a new number with the same padding', () => {
    const doc = parseAdr(BOLD, 'decisions/use-kafka.md');
    doc.content.status = 'deprecated';
    doc.number = 42;
    const written = serializeAdr(doc);
    expect(written).toContain('**Status:** DEPRECATED\n');
    expect(written.split('\n')[0]).toBe('# ADR 042: Use Kafka for events');
  });

  it('reads a metadata table without a header word, and a day-first adr-tools date', () => {
    const doc = readBack('# Use Redis\n\n| Status | Proposed |\n|---|---|\n| Date | 12/01/1992 |\n\n## Context\n\nCaching.\n', 'ADR-7.md');
    expect(doc).toMatchObject({ number: 7, content: { title: 'Use Redis', status: 'proposed', date: '1992-01-12', context: 'Caching.' } });
  });

  it('reads Docusaurus front matter with no heading: the title comes from it, other keys are kept', () => {
    const text = '---\nid: use-kafka\ntitle: Use Kafka\nsidebar_position: 3\nstatus: accepted\ndate: 2021-03-05T10:00:00Z\ntags: [events, kafka]\n---\n\n## Context\n\nEvents.\n';
    const doc = readBack(text, 'use-kafka.md');
    expect(doc.dialect).toBe('madr4');
    expect(doc.content).toMatchObject({ title: 'Use Kafka', status: 'accepted', date: '2021-03-05', tags: ['events', 'kafka'] });
    doc.content.title = 'Use Apache Kafka';
    expect(serializeAdr(doc)).toBe(text.replace('title: Use Kafka', 'title: Use Apache Kafka'));
  });

  it('reads a quoted MADR 4 status, superseded by a plain reference', () => {
    const doc = readBack('---\nstatus: "superseded by ADR-0123"\ndecision-makers:\n  - Ann\n  - Bob\n---\n\n# Use X\n', '0007-use-x.md');
    expect(doc.content).toMatchObject({ status: 'superseded', decisionMakers: ['Ann', 'Bob'] });
    expect(doc.links).toEqual([{ kind: 'supersedes', direction: 'incoming', label: 'superseded by', targetNumber: 123, targetTitle: 'ADR-0123' }]);
  });

  it('keeps a YAML list a list and quotes as they were when people change', () => {
    const doc = parseAdr('---\nstatus: "accepted"\ndecision-makers:\n  - Ann\n---\n\n# Use X\n', '0007-use-x.md');
    doc.content.decisionMakers = ['Ann', 'Bob'];
    doc.content.status = 'rejected';
    expect(serializeAdr(doc)).toBe('---\nstatus: "rejected"\ndecision-makers:\n  - Ann\n  - Bob\n---\n\n# Use X\n');
  });

  it('reads a Nygard record without a status as accepted, and says so', () => {
    const doc = readBack('# 3. Use Y\n\nDate: 2020-01-02\n\n## Context\n\nWhy.\n', '0003-use-y.md');
    expect(doc.content.status).toBe('accepted');
    expect(doc.warnings).toEqual([{ line: null, message: 'no status; assumed accepted' }]);
  });

  it('reads a Log4brains record without a status as accepted (its convention) and its date from the file name, both without a warning', () => {
    const doc = readBack('# Use Z\n\n## Decision\n\nZ.\n', '20200925-use-z.md');
    expect(doc.dialect).toBe('log4brains');
    expect(doc.content).toMatchObject({ status: 'accepted', date: '2020-09-25' });
    expect(doc.warnings).toEqual([]);
    expect(readRecord('# Use Z\n\n## Decision\n\nZ.\n', '20200925-use-z.md').sources).toEqual({ status: 'convention', date: 'file-name' });
  });

  it('uses the date it is given for a file without one, and does not write it back unless it changes', () => {
    const text = '# Use Q\n\n## Context\n\nQ.\n';
    const doc = parseAdr(text, 'use-q.md', { fallbackDate: '2023-04-05' });
    expect(doc.content.date).toBe('2023-04-05');
    expect(serializeAdr(doc)).toBe(text);
  });

  it('takes a cairn-id comment or front-matter key as the identity', () => {
    const id = '3f0c8a52-6a7e-4b7e-9c1a-2b3c4d5e6f70';
    expect(readBack(`# 1. A\n\n## Status\n\nAccepted\n\n<!-- cairn-id: ${id} -->\n`, '0001-a.md').id).toBe(id);
    expect(readBack(`---\ncairn-id: ${id}\n---\n# A\n`, '0001-a.md').id).toBe(id);
  });

  it('keeps a heading inside a fenced code block out of the sections', () => {
    const doc = readBack('# 1. A\n\n## Context\n\n```markdown\n## Decision\n```\n', '0001-a.md');
    expect(doc.content.context).toBe('```markdown\n## Decision\n```');
    expect(doc.content.outcome).toBe('');
  });
});

describe('records kept as a folder of their own (Eclipse EDC)', () => {
  it('takes the title from the folder when the README has no heading, and writes no heading back', () => {
    const text = 'This decision record consists of two parts:\n\n- [Renaming](renaming.md)\n';
    const doc = readBack(text, 'decision-records/2022-11-09-api-refactoring/README.md');
    expect(doc.content.title).toBe('Api refactoring');
    expect(doc.content.context).toBe(text.trimEnd());
  });

  it('reads a first "## Decision" as the outcome section, not as the title', () => {
    const text = '## Decision\n\nTokens will be refactored.\n\n## Rationale\n\nLess debt.\n';
    const doc = readBack(text, 'records/2023-12-19-token-handling-refactor/README.md');
    expect(doc.content).toMatchObject({ title: 'Token handling refactor', outcome: 'Tokens will be refactored.' });
  });

  it('writes a heading once the title is changed in Cairn', () => {
    const doc = parseAdr('## Decision\n\nYes.\n', 'records/2023-12-19-token-handling-refactor/README.md');
    doc.content.title = 'Refactor token handling';
    expect(serializeAdr(doc)).toBe('# Refactor token handling\n\n## Decision\n\nYes.\n');
  });

  it('still refuses a file with no title outside a record folder', () => {
    expect(() => parseAdr('Just some notes.\n', 'notes/README.md')).toThrow(/no title/);
  });
});

describe('"Considered Options" written as one subsection per option', () => {
  const text = [
    '# Pick a state machine',
    '',
    '## Considered Options',
    '',
    '### 1. django-fsm-2',
    '',
    'A drop-in fork.',
    '',
    '#### Advantages',
    '',
    '+ Simply requires replacing the import in the pipfile, with zero migration cost and the same import path, which keeps every existing transition and every test as it is today, so nothing about the way the team works has to change at all for this option to be adopted',
    '',
    '### 2. viewflow',
    '',
    '- Good, because it is maintained',
    '- Bad, because it is large ',
    '',
  ].join('\n');

  it('reads the subsections as the options, with their text and arguments, however long a bullet is', () => {
    const doc = readBack(text, 'decisions/0030-state.md');
    expect(doc.content.options.map((o) => o.name)).toEqual(['1. django-fsm-2', '2. viewflow']);
    expect(doc.content.options[0]?.description).toContain('#### Advantages');
    expect(doc.content.options[1]).toMatchObject({ pros: ['it is maintained'], cons: ['it is large'] });
  });

  it('writes a new option as a subsection of its own, not as a second "Considered Options"', () => {
    const doc = parseAdr(text, 'decisions/0030-state.md');
    doc.content.options.push({ name: 'Hand-written checks', description: '', pros: [], cons: [] });
    const written = serializeAdr(doc);
    expect(written.match(/## Considered Options/g)).toHaveLength(1);
    expect(parseAdr(written, 'decisions/0030-state.md').content.options.map((o) => o.name)).toEqual(['1. django-fsm-2', '2. viewflow', 'Hand-written checks']);
  });
});
