import fs from 'node:fs';
import path from 'node:path';
import { reasonOf } from './markdown-folder';
import { writablePathInside } from './path-inside-folder';

/**
 * Temporary files are hidden and not `.md`, so no reader ever takes one for a record; the pid in
 * the name tells a leftover of a killed process from a write in progress.
 */
const TEMP_FILE = /^\..+\.cairn-(\d+)-\d+\.tmp$/;
let tempCounter = 0;

/**
 * Writes `text` to `folder/name` through a temporary file renamed into place, so a reader (or a crash)
 * sees the old bytes or the new ones, never part of them. A file that already holds these bytes is
 * not touched, so its modification time stays and tools watching the folder see no change.
 * Returns whether the file was written; a failure names the file and the reason.
 *
 * `name` may lead into subfolders of `folder` (`rotations/support.md`); it never leaves it, and no
 * symbolic link on the way or at the name is written through (writablePathInside). `createFolders`
 * makes the subfolders that are missing.
 *
 * `durable: false` skips the fsync before the rename (about 0.5 ms a file): for an export, which the
 * database can always write again, not for the sync folder, whose hashes say what the disk holds
 * (ADR 0013). Written here rather than with write-file-atomic, whose per-call exit-handler
 * bookkeeping cost more than the write itself at 10,000 files (ADR 0013).
 */
export function writeFileIfChanged(folder: string, name: string, text: string, options: { durable?: boolean; createFolders?: boolean } = {}): boolean {
  const bytes = Buffer.from(text, 'utf8');
  let temp: string | null = null;
  try {
    const { file, existing } = writablePathInside(folder, name, { createFolders: options.createFolders });
    if (existing && existing.size === bytes.length && fs.readFileSync(file).equals(bytes)) return false;
    temp = path.join(path.dirname(file), `.${path.basename(file)}.cairn-${process.pid}-${++tempCounter}.tmp`);
    // `wx`: a file (or a link someone put) at the temporary name is never opened, let alone followed.
    const fd = fs.openSync(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    try {
      fs.writeSync(fd, bytes);
      if (options.durable ?? true) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    if (temp !== null) fs.rmSync(temp, { force: true });
    throw new Error(`Cannot write ${name}: ${reasonOf(error)}`, { cause: error });
  }
  return true;
}

/**
 * Removes a file that is gone already without complaint; other failures name the file. Like a write,
 * it stays inside the folder: a link on the way is refused, and a link at the name is not a record's file.
 */
export function removeFile(folder: string, name: string): void {
  try {
    const { file, existing } = writablePathInside(folder, name);
    if (existing) fs.rmSync(file, { force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new Error(`Cannot delete ${name}: ${reasonOf(error)}`, { cause: error });
  }
}

/**
 * Deletes the temporary files a killed Cairn process left in the folder (never those of one still
 * running); `names` saves reading the folder when the caller just did.
 */
export function removeLeftoverTempFiles(folder: string, names: readonly string[] = readNames(folder)): void {
  for (const name of names) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) fs.rmSync(path.join(folder, name), { force: true });
  }
}

function readNames(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
