import fs from 'node:fs';
import path from 'node:path';

/** The real-world ADR folders in ../shared/corpus, by a short name. */
export const CORPUS_ROOT = path.resolve(__dirname, '../../../../shared/corpus');

export const CORPUS_FOLDERS = {
  'adr-tools': 'adr-tools-repo/doc/adr',
  govuk: 'govuk-aws/docs/architecture/decisions',
  madr: 'madr/docs/decisions',
  'madr-template': 'madr-template/template',
  log4brains: 'log4brains/docs/adr',
  nats: 'nats/adr',
} as const;

export function corpusFolder(name: keyof typeof CORPUS_FOLDERS): string {
  return path.join(CORPUS_ROOT, CORPUS_FOLDERS[name]);
}

/** A copy of a corpus folder in `into`, so a test may edit and sync it. */
export function copyCorpusFolder(name: keyof typeof CORPUS_FOLDERS, into: string): string {
  fs.cpSync(corpusFolder(name), into, { recursive: true });
  return into;
}
