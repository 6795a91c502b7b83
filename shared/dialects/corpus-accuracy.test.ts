// The corpus is read from disk; only tests may touch node:*.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAdr, readRecord } from './adr-dialects';
import { ANSWER_KEY, FIELDS, scoreCorpus, scoreTable, type ReadFields } from './corpus-accuracy.test-support';
import { corpusFiles } from './corpus-files.test-support';

/*
 * How much of the corpus the reader reads right, per folder and field, against the answer key
 * (corpus-answer-key.json; its rules are in the README). The table is printed on every run.
 */

const FILES = corpusFiles(fs);

function fieldsOf(read: () => { number: number | null; content: { title: string; status: string | null; date: string | null } }): ReadFields | null {
  try {
    const { number, content } = read();
    return { number, title: content.title, status: content.status, date: content.date };
  } catch {
    return null;
  }
}

describe('the reader on the corpus', () => {
  it('has an answer for every corpus file, and no answer for a file that is not there', () => {
    expect(Object.keys(ANSWER_KEY).sort()).toEqual(FILES.map((f) => f.name).sort());
  });

  it('reads number, title, status and date as the answer key says, in every folder, and invents none', () => {
    const scores = scoreCorpus(FILES, (file) => fieldsOf(() => readRecord(file.text, file.fileName)));
    console.log(`Read by readRecord:\n${scoreTable(scores)}`);
    for (const score of scores) {
      expect(score.refused, score.folder).toBe(0);
      for (const field of FIELDS) expect(score.fields[field], `${score.folder}: ${field}`).toMatchObject({ right: score.files, missed: 0, wrong: 0 });
    }
  });

  it('gives the core the same values where they are known; stand-ins only where they are not', () => {
    for (const file of FILES) {
      const record = readRecord(file.text, file.fileName);
      const stored = parseAdr(file.text, file.fileName);
      expect(stored.content.status, file.name).toBe(record.content.status ?? 'accepted');
      expect(stored.content.date, file.name).toBe(record.content.date ?? '1970-01-01');
      expect(stored.layout?.assumed.status, file.name).toBe(record.content.status === null ? 'accepted' : record.layout?.assumed.status);
    }
  });
});
