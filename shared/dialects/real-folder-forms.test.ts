// The corpus is read from disk; only tests may touch node:*.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRecord, serializeAdr } from './adr-dialects';
import type { AdrRecord } from './adr-document';
import { CORPUS } from './corpus-files.test-support';
import { writtenStatus } from './written-values';

/** Reads a file, checks it comes back byte for byte, and returns the record. */
function readBack(text: string, fileName: string): AdrRecord {
  const record = readRecord(text, fileName);
  expect(serializeAdr(record)).toBe(text);
  return record;
}

function corpus(path: string): AdrRecord {
  const url = new URL(path, CORPUS);
  return readBack(readFileSync(url, 'utf8'), decodeURIComponent(url.pathname));
}

describe('titles', () => {
  it.each([
    ['0001-use-psr-16.md', '# 1) Use PSR-16 {#adr_0001}', 1, 'Use PSR-16'],
    ['ADR001-use-x.md', '# ADR001: Use X', 1, 'Use X'],
    ['adr000-template.md', '# ADRNNN: Title', 0, 'Title'],
    ['0006-use-six.md', '# 6 Use six', 6, 'Use six'],
    ['0007-use-seven.md', '# 6 reasons to use seven', 7, '6 reasons to use seven'],
    ['20250929-traversal.md', '# ADR: Repository Directory Traversal API', null, 'Repository Directory Traversal API'],
  ])('reads %s titled %j as number %j, "%s"', (fileName, heading, number, title) => {
    const record = readBack(`${heading}\n\n## Context\n\nWhy.\n`, fileName);
    expect(record).toMatchObject({ number, content: { title } });
  });

  it('reads adr-tools\' unfilled "n." number as no number, keeping it written', () => {
    const record = corpus('manage-get-gov/docs/architecture/decisions/0010-django-templates.md');
    expect(record).toMatchObject({ number: 10, content: { title: 'Django Templates', status: 'approved' } });
  });

  it('reads a status in brackets before the title as the status prefix, and drops it once the status changes', () => {
    const record = corpus('compliantkubernetes/docs/adr/0012-do-not-persist-dex.md');
    expect(record.content).toMatchObject({ title: 'Do not persist Dex', status: 'superseded' });
    expect(record.links.map((l) => [l.kind, l.direction, l.targetNumber])).toEqual([['supersedes', 'incoming', 17]]);
    const edited = structuredClone(record);
    edited.content.status = 'accepted';
    expect(serializeAdr(edited).split('\n')[0]).toBe('# Do not persist Dex');
  });

  it('takes the status from the bracket when the file has no status line', () => {
    const record = readBack('# [Superseded by [ADR-0017](0017-persist-dex.md)] Do not persist Dex\n\n## Context\n\nWhy.\n', '0012-dex.md');
    expect(record).toMatchObject({ content: { title: 'Do not persist Dex', status: 'superseded' }, sources: { status: 'file' } });
    expect(record.links).toEqual([{ kind: 'supersedes', direction: 'incoming', label: 'Superseded by', targetNumber: 17, targetFile: '0017-persist-dex.md', targetTitle: 'ADR-0017' }]);
  });

  it('takes the front matter\'s title when the first heading names a section', () => {
    const record = readBack('---\ntitle: Use Docusaurus\nstatus: accepted\n---\n\n# Context\n\nWhy.\n\n# Decision\n\nDo.\n', '0016-docusaurus.md');
    expect(record.content).toMatchObject({ title: 'Use Docusaurus', context: 'Why.', outcome: 'Do.' });
  });
});

describe('statuses', () => {
  it('reads emoji statuses with and without a variation selector, and the successor after one', () => {
    expect(corpus('modernisation-platform/architecture-decision-record/0002-use-iam-federated-access.md').content.status).toBe('rejected');
    expect(corpus('modernisation-platform/architecture-decision-record/0025-non-standard-user-infrastructure.md').content.status).toBe('superseded');
    const superseded = corpus('modernisation-platform/architecture-decision-record/0004-use-bash-node-python-as-core-languages.md');
    expect(superseded.content.status).toBe('superseded');
    expect(superseded.links).toMatchObject([{ kind: 'supersedes', direction: 'incoming', label: 'Superseded', targetNumber: 19 }]);
  });

  it('keeps what a Status section says besides the status as an extra section of that name', () => {
    const record = corpus('modernisation-platform/architecture-decision-record/0025-non-standard-user-infrastructure.md');
    expect(record.content.extraSections[0]).toMatchObject({ heading: 'Status', body: expect.stringMatching(/^\[Member infrastructure code was moved/) });
    const edited = structuredClone(record);
    (edited.content.extraSections[0] as { body: string }).body = 'Moved elsewhere.';
    const written = serializeAdr(edited);
    expect(written).toContain('## Status\n\n⌛ Superseded\n\nMoved elsewhere.\n\n## Context');
    expect(readRecord(written, '0025-x.md').content.extraSections[0]).toEqual({ heading: 'Status', body: 'Moved elsewhere.' });
  });

  it('reads the status word of a status with a note, keeping the note as written', () => {
    const record = readBack('# 7. Seven\n\n## Status\n\nApproved (by TSC vote on 3/15/21)\n', '0007-seven.md');
    expect(record.content).toMatchObject({ status: 'approved', date: null });
    expect(writtenStatus(record)).toBe('Approved (by TSC vote on 3/15/21)');
    expect(readBack('# 8. Eight\n\n## Status\n\nReverted by [discussion](https://example.com/d/1)\n', '0008-eight.md')).toMatchObject({ content: { status: 'reverted' }, links: [] });
  });

  it('reads a status run on in bold after a comment inside the metadata', () => {
    const record = corpus('compliantkubernetes/docs/adr/0010-run-managed-services-in-workload-cluster.md');
    expect(record.content).toMatchObject({ status: 'proposed', date: '2021-04-29', decisionMakers: ['Cristian'] });
  });

  it('reads a status under a "## Metadata" heading and in a blockquote', () => {
    const meta = readBack('# Use meta\n\n## Metadata\n\n- Status: proposé\n- Date de décision : 15/03/2021\n\n## Contexte\n\nBla.\n', '0008-meta.md');
    expect(meta.content).toMatchObject({ status: 'proposed', date: '2021-03-15', context: 'Bla.' });
    const edited = structuredClone(meta);
    edited.content.status = 'accepted';
    expect(serializeAdr(edited)).toContain('- Status: accepted\n- Date de décision : 15/03/2021\n');
    const quoted = readBack('# Use quote\n\n> **Status:** Accepted\n> **Date:** 2021-01-02\n\n## Context\n\nX.\n', '0009-quote.md');
    expect(quoted.content).toMatchObject({ status: 'accepted', date: '2021-01-02', context: 'X.' });
  });

  it('reads an adr-tools project template\'s "# Info" section of metadata lines', () => {
    const record = readBack('# Aaa Bbb\n\nProject specific template!\n\n# Status\n\nAccepted\n\n# Info\n\nADR Number: 2\n\nDate: 1992-01-12\n', '0002-aaa-bbb.md');
    expect(record.content).toMatchObject({ status: 'accepted', date: '1992-01-12' });
  });

  it('reads an unfilled template value as no status, and says so', () => {
    const record = readBack('# ADRNNN: Title\n\n## Status\n\nAccepted or Rejected\n', 'adr000-template.md');
    expect(record.content.status).toBeNull();
    expect(record.warnings).toContainEqual({ line: 5, field: 'status', message: `the status is a template's placeholder, not filled in: "Accepted or Rejected"` });
    expect(corpus('kordis/docs/architecture-decisions/adr000-template.md').content.status).toBeNull();
  });

  it.each([
    ['statut : accepté\ndate : 2021-03-05', 'nygard'],
    ['* Estado: Aceptado\n* Fecha: 5 de marzo de 2021', 'madr2'],
    ['- Situação: Aceito\n- Data: 2021-03-05', 'log4brains'],
    ['Datum: 5. März 2021\n\n## Status\n\nangenommen', 'nygard'],
  ])('reads keys and status words in French, Spanish, Portuguese and German: %j', (metadata, dialect) => {
    const record = readBack(`# Eine Entscheidung\n\n${metadata}\n\n## Kontext\n\nX.\n`, '0012-x.md');
    expect(record).toMatchObject({ dialect, content: { status: 'accepted', date: '2021-03-05', context: 'X.' } });
  });
});

describe('dates', () => {
  it.each([
    ['Date: 15/03/21', '2021-03-15'],
    ['Date: 2019-05-13, updated 2023-02-05 (typo)', '2019-05-13'],
    ['Date of submission: 2021-03-05', '2021-03-05'],
    ['date : 2021-03-05', '2021-03-05'],
  ])('reads %j as %s', (line, date) => {
    expect(readBack(`# 4. Four\n\n${line}\n\n## Status\n\nAccepted\n`, '0004-four.md').content.date).toBe(date);
  });

  it('reads a year, day, month date and a date followed by a note, as manage.get.gov writes them', () => {
    const swapped = corpus('manage-get-gov/docs/architecture/decisions/0023-use-geventconnpool.md');
    expect(swapped.content.date).toBe('2023-10-13');
    expect(swapped.warnings).toContainEqual({ line: 3, field: 'date', message: 'read the date "2023-13-10" as 2023-10-13 (there is no month 13)' });
    expect(corpus('manage-get-gov/docs/architecture/decisions/0027-ajax-for-dynamic-content.md').content.date).toBe('2024-05-22');
  });
});

describe('numbers', () => {
  it.each([
    ['0000-use-markdown.md', 0],
    ['adr000-template.md', 0],
    ['ADR-0001-use-x.md', 1],
    ['adr-001-use-x.md', 1],
    ['001_use_x.md', 1],
    ['ADR001-use-x.md', 1],
    ['decisions/0042-use-forms/README.md', 42],
    ['decisions/2022-11-09-api-refactoring/README.md', null],
    ['2022-11-09-api-refactoring.md', null],
  ])('reads %s as number %j', (fileName, number) => {
    expect(readBack('# Use X\n\n## Context\n\nWhy.\n', fileName).number).toBe(number);
  });

  it('keeps 0 a number in the corpus', () => {
    expect(corpus('madr/docs/decisions/0000-use-markdown-architectural-decision-records.md').number).toBe(0);
    expect(corpus('kordis/docs/architecture-decisions/adr000-template.md').number).toBe(0);
  });
});

describe('line endings', () => {
  const mixed = '# 1. Title\r\n\r\nDate: 2020-01-01\r\n\r\n## Status\r\n\r\nAccepted\n\r\n## Context\r\n\r\nX.\r\n';

  it('reads a file with CRLF on most lines and LF on one, and writes it back byte for byte', () => {
    const record = readBack(mixed, '0001-title.md');
    expect(record.content).toMatchObject({ title: 'Title', status: 'accepted', date: '2020-01-01', context: 'X.' });
  });

  it('keeps the mixed endings through an edit that keeps the line count, and takes the common one otherwise', () => {
    const record = readRecord(mixed, '0001-title.md');
    record.content.status = 'deprecated';
    expect(serializeAdr(record)).toBe(mixed.replace('Accepted', 'Deprecated'));
    record.content.context = 'X.\nY.';
    expect(serializeAdr(record)).toBe(mixed.replace('Accepted\n', 'Deprecated\r\n').replace('X.\r\n', 'X.\r\nY.\r\n'));
  });
});
