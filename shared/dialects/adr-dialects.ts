import type { AdrDocument, AdrRecord, Dialect, DialectId, ParseOptions, WritableDocument } from './adr-document';
import { detectDialect } from './detect-dialect';
import { log4brainsDialect } from './log4brains-dialect';
import { madr2Dialect } from './madr2-dialect';
import { madr3Dialect } from './madr3-dialect';
import { madr4Dialect } from './madr4-dialect';
import { nygardDialect } from './nygard-dialect';

/** Every dialect Cairn reads and writes, by id. */
export const DIALECTS: Record<DialectId, Dialect> = {
  nygard: nygardDialect,
  madr2: madr2Dialect,
  madr3: madr3Dialect,
  madr4: madr4Dialect,
  log4brains: log4brainsDialect,
};

/** Reads a file as it is, in the dialect it is written in: a status or date nothing gives is unknown (null). */
export function readRecord(text: string, fileName: string, options?: ParseOptions): AdrRecord {
  return DIALECTS[dialectOf(text, fileName)].read(text, fileName, options);
}

/** Reads a file for the core of today, in the dialect it is written in: `readRecord` with stand-ins for unknown values (see `withStandIns`). */
export function parseAdr(text: string, fileName: string, options?: ParseOptions): AdrDocument {
  return DIALECTS[dialectOf(text, fileName)].parse(text, fileName, options);
}

function dialectOf(text: string, fileName: string): DialectId {
  return typeof text === 'string' ? detectDialect(text, fileName) : 'madr4';
}

/** Writes a document in the dialect it was read in (or created for). */
export function serializeAdr(doc: WritableDocument): string {
  return DIALECTS[doc.dialect].serialize(doc);
}

/**
 * A stored document read again by today's rules, from the file its layout and content give
 * (`Dialect.storedText`): what the core stores in place of a document `readByOlderRules`, for a
 * record not changed since it was last synced.
 */
export function readStoredAgain(doc: WritableDocument, fileName: string, options?: ParseOptions): AdrRecord {
  const dialect = DIALECTS[doc.dialect];
  return dialect.read(dialect.storedText(doc), fileName, options);
}
