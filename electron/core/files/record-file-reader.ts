import { readRecord } from '../../../shared/dialects/adr-dialects';
import type { AdrRecord, ParseOptions } from '../../../shared/dialects/adr-document';
import { DialectError } from '../../../shared/dialects/dialect-error';
import { DecisionContent } from '../../../shared/domain/decision';
import type { FolderFile } from './markdown-folder';

/** A file read as a decision record, or the reason it could not be, naming the file (and line). */
export type RecordFile = { ok: true; name: string; text: string; document: AdrRecord } | { ok: false; name: string; reason: string };

/**
 * Reads a folder file in the dialect it is written in, as what it says and nothing more: a status or
 * date it does not give is unknown (null), never the file's modification time. Whatever goes wrong reading one file (a YAML alias bomb, a stack overflow in a
 * reader) fails that file alone, with its name and, where known, the line: one teammate's file never
 * stops an import or a sync of the others. `knownDate` is a real fact from outside the file (the
 * commit that added it), taken, with its source, only when the file gives no date of its own.
 */
export function readRecordFile(file: FolderFile, knownDate?: ParseOptions['knownDate']): RecordFile {
  if ('error' in file) return { ok: false, name: file.name, reason: file.error };
  let document: AdrRecord;
  try {
    document = readRecord(file.text, file.name, knownDate ? { knownDate } : undefined);
  } catch (error) {
    if (error instanceof DialectError) return { ok: false, name: file.name, reason: error.message };
    return { ok: false, name: file.name, reason: unexpectedFailure(file.name, error) };
  }
  const checked = DecisionContent.safeParse(document.content);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue?.path.join('.') ?? 'content';
    return { ok: false, name: file.name, reason: `${file.name}: ${field}: ${issue?.message ?? 'not a valid decision'}` };
  }
  return { ok: true, name: file.name, text: file.text, document: { ...document, content: checked.data } };
}

/**
 * A reader failure that is not a DialectError, in words naming the file. No line: such an error
 * (from the YAML library, or the engine) does not say where in the file it arose.
 */
function unexpectedFailure(name: string, error: unknown): string {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `${name}: could not be read as a decision record (${reason})`;
}
