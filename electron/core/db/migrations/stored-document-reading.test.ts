import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../../../shared/dialects/adr-dialects';
import { AdrDocument } from '../../../../shared/dialects/adr-document';
import stored from '../../../../shared/dialects/stored-by-reader-1.fixture.json';
import type { DecisionContent } from '../../../../shared/domain/decision';
import { CORPUS_ROOT } from '../../testing/corpus-folders';
import { readStoredFileAgain, type StoredFile } from './stored-document-reading';

/** A corpus file as the reader before version 2 stored it, and what today's reader makes of the file. */
function storedEntry(name: string): { file: StoredFile; today: DecisionContent } {
  const entry = stored.find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in the fixture`);
  const { content, ...document } = AdrDocument.parse(entry.document);
  const fileName = path.basename(name);
  const today = readRecord(fs.readFileSync(path.join(CORPUS_ROOT, name), 'utf8'), fileName).content;
  return { file: { path: fileName, document, linkTargets: document.links.map(() => null), current: content, read: content }, today: { ...today, status: today.status ?? 'accepted', date: today.date ?? content.date } };
}

const AJAX = 'manage-get-gov/docs/architecture/decisions/0027-ajax-for-dynamic-content.md';
const CLUSTERS = 'compliantkubernetes/docs/adr/0033-run-cluster-api-controllers-on-service-cluster.md';

describe('a stored document read again by today\'s rules', () => {
  it('takes today\'s reading where the decision is as the file was read', () => {
    const { file, today } = storedEntry(CLUSTERS);
    const again = readStoredFileAgain(file);
    expect(again?.content).toEqual(today);
    expect(again?.content.options[0]?.description).toBe('- All clusters run the Cluster API controllers and all clusters manage themselves independently.');
    expect(again?.document.layout?.reader).toBe(2);
  });

  it('keeps each field changed in the app since, and reads the rest again', () => {
    const { file, today } = storedEntry(CLUSTERS);
    const again = readStoredFileAgain({ ...file, current: { ...file.current, status: 'deprecated', context: 'Edited in Cairn.' } });
    expect(again?.content).toEqual({ ...today, status: 'deprecated', context: 'Edited in Cairn.' });
  });

  it('puts the date a file gives in place of the older rules\' stand-in', () => {
    const { file } = storedEntry(AJAX);
    expect(file.current.date).toBe('1970-01-01');
    expect(readStoredFileAgain(file)?.content.date).toBe('2024-05-22');
    // Without the content as it was read, only the stand-in is replaced: the options stay as they are.
    const unknownRead = readStoredFileAgain({ ...file, read: null });
    expect(unknownRead?.content).toEqual({ ...file.current, date: '2024-05-22' });
  });

  it('leaves a status or date changed in the app, even where the file gives another', () => {
    const { file } = storedEntry(AJAX);
    const again = readStoredFileAgain({ ...file, read: null, current: { ...file.current, date: '2025-01-31' } });
    expect(again?.content.date).toBe('2025-01-31');
  });

  it('is nothing to do for a document read by today\'s rules', () => {
    const { file } = storedEntry(AJAX);
    const today = readStoredFileAgain(file);
    expect(today && readStoredFileAgain({ ...file, document: today.document })).toBeNull();
    expect(readStoredFileAgain({ ...file, document: { ...file.document, layout: null } })).toBeNull();
  });

  it('keeps the decision a link pointed at where the same link is read again, and none for a link read for the first time', () => {
    const name = 'compliantkubernetes/docs/adr/0003-push-metrics-via-influxdb.md';
    const { content, sources: _sources, layout, ...rest } = readRecord(fs.readFileSync(path.join(CORPUS_ROOT, name), 'utf8'), path.basename(name));
    const current = { ...content, status: content.status ?? 'accepted', date: content.date ?? '1970-01-01' };
    // The same document as if cut by older rules: read again, it gives the same links.
    const document = { ...rest, layout: layout && { ...layout, reader: undefined } };
    expect(document.links).toMatchObject([{ kind: 'supersedes', direction: 'incoming', targetFile: '0019-push-metrics-via-thanos.md' }]);
    const successor = 'b6f1e7c2-5a0e-4a40-9f55-2f3c1b0e9d11';
    const file: StoredFile = { path: path.basename(name), document, linkTargets: [successor], current, read: current };
    expect(readStoredFileAgain(file)?.linkTargets).toEqual([successor]);
    expect(readStoredFileAgain({ ...file, document: { ...document, links: [] }, linkTargets: [] })?.linkTargets).toEqual([null]);
  });
});
