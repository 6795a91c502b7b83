// The corpus is read from disk; only tests may touch node:*.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIALECTS, readRecord, readStoredAgain, serializeAdr } from './adr-dialects';
import { AdrDocument, readByOlderRules } from './adr-document';
import { CORPUS, corpusFiles } from './corpus-files.test-support';
import stored from './stored-by-reader-1.fixture.json';

/*
 * Documents the core stored under the reading rules before version 2 (stored-by-reader-1.fixture.json,
 * as that reader cut three corpus files). Their content lacks what today's rules read (the note
 * after a date, the successor after "⌛️ Superseded", what a list item says below an option), so
 * writing them with today's writer would change their files; they are read again first.
 */
describe('documents stored by older reading rules', () => {
  it.each(stored.map((entry) => [entry.name, entry] as const))('%s is flagged, gives back its file, and is read again by today\'s rules', (name, entry) => {
    const text = fs.readFileSync(new URL(name, CORPUS), 'utf8');
    const document = AdrDocument.parse(entry.document);
    expect(readByOlderRules(document)).toBe(true);
    expect(DIALECTS[document.dialect].storedText(document)).toBe(text);
    const again = readStoredAgain(document, name.split('/').pop() as string);
    expect(readByOlderRules(again)).toBe(false);
    expect(again.content).toEqual(readRecord(text, name.split('/').pop() as string).content);
    expect(serializeAdr(again)).toBe(text);
  });
});

describe('the stored text of a document read today', () => {
  const files = corpusFiles(fs);

  it('is its file, for every corpus file', () => {
    for (const file of files) {
      const record = readRecord(file.text, file.fileName);
      expect(readByOlderRules(record), file.name).toBe(false);
      expect(DIALECTS[record.dialect].storedText(record), file.name).toBe(file.text);
    }
  });

  it('has the content\'s prose but every structured block as it was read', () => {
    const file = files.find((f) => f.name === 'adr-tools-repo/doc/adr/0005-help-comments.md');
    const record = readRecord(file?.text ?? '', file?.fileName ?? '');
    record.content.context = 'A new context.';
    record.content.status = 'deprecated';
    const text = DIALECTS.nygard.storedText(record);
    expect(text).toContain('## Context\n\nA new context.\n');
    expect(text).toContain('## Status\n\nAccepted\n');
  });
});
