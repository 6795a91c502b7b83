import type { AdrDocument, Dialect, DialectId, ParseOptions } from './adr-document';
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

/** Reads a file in the dialect it is written in. */
export function parseAdr(text: string, fileName: string, options?: ParseOptions): AdrDocument {
  const dialect = typeof text === 'string' ? detectDialect(text, fileName) : 'madr4';
  return DIALECTS[dialect].parse(text, fileName, options);
}

/** Writes a document in the dialect it was read in (or created for). */
export function serializeAdr(doc: AdrDocument): string {
  return DIALECTS[doc.dialect].serialize(doc);
}
