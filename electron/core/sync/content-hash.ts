import { createHash } from 'node:crypto';

/** The hash sync compares to tell whether a file or a decision changed since the last sync. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
