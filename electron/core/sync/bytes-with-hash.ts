import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { writablePathInside } from '../files';

/**
 * The bytes of `folder/name` when they hash (as contentHash does) to `hash`; null when they do not,
 * when there is no such plain file, or when it cannot be read. A file reached through a symbolic link
 * is never read (writablePathInside), as it would never be written. Reading and hashing a file is far
 * cheaper than rendering its decision, so a caller that knows the hash of a rendering checks the disk
 * for it before rendering.
 */
export function bytesWithHash(folder: string, name: string, hash: string): Buffer | null {
  try {
    const { file, existing } = writablePathInside(folder, name);
    if (existing === null) return null;
    const bytes = fs.readFileSync(file);
    return createHash('sha256').update(bytes).digest('hex') === hash ? bytes : null;
  } catch {
    return null;
  }
}
