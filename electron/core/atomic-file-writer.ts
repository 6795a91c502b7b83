import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { reasonOf } from './markdown-folder';

/**
 * Writes `text` to `folder/name` through a temporary file renamed into place, so a reader (or a crash)
 * sees the old bytes or the new ones, never part of them. A file that already holds these bytes is
 * not touched, so its modification time stays and tools watching the folder see no change.
 * Returns whether the file was written; a failure names the file and the reason.
 */
export function writeFileIfChanged(folder: string, name: string, text: string): boolean {
  const file = path.join(folder, name);
  const bytes = Buffer.from(text, 'utf8');
  if (sameBytes(file, bytes)) return false;
  try {
    writeFileAtomic.sync(file, bytes, { fsync: true });
  } catch (error) {
    throw new Error(`Cannot write ${name}: ${reasonOf(error)}`, { cause: error });
  }
  return true;
}

function sameBytes(file: string, bytes: Buffer): boolean {
  try {
    const stat = fs.statSync(file);
    return stat.size === bytes.length && fs.readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}

/** Removes a file that is gone already without complaint; other failures name the file. */
export function removeFile(folder: string, name: string): void {
  try {
    fs.rmSync(path.join(folder, name), { force: true });
  } catch (error) {
    throw new Error(`Cannot delete ${name}: ${reasonOf(error)}`, { cause: error });
  }
}
