import type { Dialect } from './adr-document';
import { readAdr } from './adr-reader';
import { writeAdr, writeStoredText } from './adr-writer';
import type { DialectProfile } from './dialect-profile';
import { withStandIns } from './stand-ins';

/** A dialect from its profile: the shared tolerant reader and the layout-keeping writer. */
export function defineDialect(profile: DialectProfile): Dialect {
  return {
    id: profile.id,
    read: (text, fileName, options) => readAdr(text, fileName, profile, options),
    parse: (text, fileName, options) => withStandIns(readAdr(text, fileName, profile, options), options?.fallbackDate),
    serialize: (doc) => writeAdr(doc, profile),
    storedText: (doc) => writeStoredText(doc, profile),
  };
}
