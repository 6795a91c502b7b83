// The corpus is read from disk; only tests may touch node:*.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIALECTS, parseAdr, readRecord, serializeAdr } from './adr-dialects';
import { CORPUS } from './corpus-files.test-support';
import { dateOrderOf } from './date-text';
import { writtenDate } from './written-values';

function corpus(path: string): { text: string; fileName: string } {
  const url = new URL(path, CORPUS);
  return { text: readFileSync(url, 'utf8'), fileName: decodeURIComponent(url.pathname) };
}

const NO_STATUS = '# 3. Use Y\n\nDate: 2020-01-02\n\n## Context\n\nWhy.\n';
const NOTHING = '---\nparent: Decisions\n---\n# Use Z\n\n## Context and Problem Statement\n\nWhy.\n';

describe('a status or date no file gives is unknown', () => {
  it('reads a Nygard record without a status as having none, says so, and adds no status when written', () => {
    const record = readRecord(NO_STATUS, '0003-use-y.md');
    expect(record.content).toMatchObject({ status: null, date: '2020-01-02' });
    expect(record.sources).toEqual({ status: null, date: 'file' });
    expect(record.warnings).toEqual([{ line: null, field: 'status', message: 'no status' }]);
    expect(serializeAdr(record)).toBe(NO_STATUS);
  });

  it('reads a MADR record without status and date as having neither, in every corpus file of MADR itself', () => {
    for (const name of ['0001-use-CC0-or-MIT-as-license.md', '0006-use-names-as-identifier.md', '0018-use-confirmation-as-heading.md']) {
      const { text, fileName } = corpus(`madr/docs/decisions/${name}`);
      const record = readRecord(text, fileName);
      expect(record.content, name).toMatchObject({ status: null, date: null });
      expect(record.sources, name).toEqual({ status: null, date: null });
      expect(serializeAdr(record), name).toBe(text);
    }
  });

  it('writes nothing for an unknown value when converting, in every dialect but Log4brains', () => {
    const record = readRecord(NOTHING, '0009-use-z.md');
    for (const dialect of ['nygard', 'madr2', 'madr3', 'madr4'] as const) {
      const written = DIALECTS[dialect].serialize(record);
      expect(written, dialect).not.toMatch(/status|date/i);
      expect(DIALECTS[dialect].read(written, '0009-use-z.md').content, dialect).toMatchObject({ status: null, date: null });
    }
  });

  it('writes "unknown" for an unknown status in a new Log4brains file, where no status would mean accepted', () => {
    const written = DIALECTS.log4brains.serialize(readRecord(NOTHING, '0009-use-z.md'));
    expect(written).toContain('- Status: unknown\n');
    expect(written).not.toMatch(/date/i);
    const back = DIALECTS.log4brains.read(written, '20200925-use-z.md');
    expect(back.content.status).toBeNull();
    expect(back.warnings).toContainEqual({ line: 3, field: 'status', message: 'the file gives the status as "unknown"' });
  });

  it('removes the line of a value made unknown in Cairn, and only that line', () => {
    const record = readRecord(NO_STATUS, '0003-use-y.md');
    record.content.date = null;
    expect(serializeAdr(record)).toBe('# 3. Use Y\n\n## Context\n\nWhy.\n');
  });
});

describe('a known value names its source and is not written back where the file keeps it elsewhere', () => {
  it('takes the date of a Log4brains file name, and Log4brains\' own convention for a missing status', () => {
    const text = '# Use Z\n\n## Decision\n\nZ.\n';
    const record = readRecord(text, 'docs/adr/20200925-use-z.md');
    expect(record.content).toMatchObject({ status: 'accepted', date: '2020-09-25' });
    expect(record.sources).toEqual({ status: 'convention', date: 'file-name' });
    expect(record.warnings).toEqual([]);
    expect(serializeAdr(record)).toBe(text);
    expect(DIALECTS.madr4.serialize(record)).toMatch(/^---\nstatus: accepted\ndate: 2020-09-25\n---\n/);
  });

  it('applies "no status means accepted" to Log4brains files only: the same file in MADR 2 has no status', () => {
    const text = '# Use Z\n\n* Date: 2020-09-25\n\n## Decision\n\nZ.\n';
    expect(DIALECTS.madr2.read(text, 'docs/adr/0004-use-z.md')).toMatchObject({ content: { status: null }, sources: { status: null } });
    expect(DIALECTS.log4brains.read(text, 'docs/adr/0004-use-z.md')).toMatchObject({ content: { status: 'accepted' }, sources: { status: 'convention' } });
  });

  it('takes the date of a record folder, for every record Eclipse EDC keeps as a folder', () => {
    const { text, fileName } = corpus('edc-connector/docs/developer/decision-records/2023-12-19-token-handling-refactor/README.md');
    const record = readRecord(text, fileName);
    expect(record.content).toMatchObject({ title: 'Token handling refactor', status: null, date: '2023-12-19' });
    expect(record.sources).toEqual({ status: null, date: 'folder-name' });
    expect(serializeAdr(record)).toBe(text);
  });

  it('takes a date known from git only where the file, its name and its folder give none, and never writes it back', () => {
    const gitDate = { date: '2023-04-05', source: 'git' as const };
    const record = readRecord(NOTHING, '0009-use-z.md', { knownDate: gitDate });
    expect(record.content.date).toBe('2023-04-05');
    expect(record.sources.date).toBe('git');
    expect(record.warnings.map((w) => w.message)).toEqual(['no status']);
    expect(serializeAdr(record)).toBe(NOTHING);
    expect(readRecord(NO_STATUS, '0003-use-y.md', { knownDate: gitDate })).toMatchObject({ content: { date: '2020-01-02' }, sources: { date: 'file' } });
    expect(readRecord('# Use Z\n', 'docs/adr/20200925-use-z.md', { knownDate: gitDate }).sources.date).toBe('file-name');
  });

  it('never takes a stand-in date as a fact: fallbackDate is for parseAdr, the core\'s bridge, only', () => {
    expect(readRecord(NOTHING, '0009-use-z.md', { fallbackDate: '2023-04-05' }).content.date).toBeNull();
    const stored = parseAdr(NOTHING, '0009-use-z.md', { fallbackDate: '2023-04-05' });
    expect(stored.content).toMatchObject({ status: 'accepted', date: '2023-04-05' });
    expect(stored.layout?.assumed).toMatchObject({ status: 'accepted', date: '2023-04-05' });
    expect(stored.warnings).toEqual([
      { line: null, message: 'no status; assumed accepted' },
      { line: null, message: 'no date; assumed 2023-04-05' },
    ]);
    expect(serializeAdr(stored)).toBe(NOTHING);
  });

  it('takes the earliest date of a changelog section when the file has no date field, and adds no date line', () => {
    const text = '# 15. Use V\n\n## Status\n\nAccepted\n\n## Changelog\n\n- 2021-06-01: amended\n- **2021-03-05**: created\n';
    const record = readRecord(text, '0015-use-v.md');
    expect(record).toMatchObject({ content: { date: '2021-03-05' }, sources: { date: 'file' }, warnings: [] });
    expect(serializeAdr(record)).toBe(text);
  });

  it('says when it reads a date one of two ways, unless the folder told it the order', () => {
    const text = '# 6. Use six\n\nDate: 03/05/21\n\n## Status\n\nAccepted\n';
    expect(readRecord(text, '0006-use-six.md')).toMatchObject({
      content: { date: '2021-05-03' },
      warnings: [{ line: 3, field: 'date', message: 'read the date "03/05/21" as 2021-05-03 (day first); nothing else in the folder says whether the day or the month comes first' }],
    });
    const folder = ['# 5. Five\n\nDate: 12/25/20\n', text].map((file, i) => readRecord(file, `000${i + 5}-x.md`));
    expect(dateOrderOf(folder.map(writtenDate).filter((date): date is string => date !== null))).toBe('month-first');
    const us = readRecord(text, '0006-use-six.md', { dateOrder: 'month-first' });
    expect(us).toMatchObject({ content: { date: '2021-03-05' }, warnings: [] });
    expect(serializeAdr(us)).toBe(text);
    expect(serializeAdr(structuredClone(us))).toBe(text);
  });
});
