import { readRecord } from '../../../shared/dialects/adr-dialects';
import type { AdrRecord } from '../../../shared/dialects/adr-document';

/**
 * What a file that readRecordFile read says, and nothing more: its status and date unknown (null) where
 * nothing gives them, and the source of each known one, which the decision stores. readRecordFile still
 * reads with the stand-ins of the core before it stored unknown values (an assumed "accepted", the file's
 * modification time as its date); read the same way without them, the file gives the same record minus
 * those. Goes once readRecordFile returns this record itself.
 */
export function fileRecord(read: { name: string; text: string }): AdrRecord {
  return readRecord(read.text, read.name);
}
