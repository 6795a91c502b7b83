import fs from 'node:fs';

/**
 * Cairn's data is the user's alone (issue 21: the data directory was 0755 and the database 0644, so
 * every local account could read every decision and goal). On POSIX systems its folders are 0700
 * and its files 0600; Windows keeps its own per-user ACLs on the profile folder, and chmod there
 * only sets the read-only flag, so nothing is changed on it.
 */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const posix = process.platform !== 'win32';

/** Creates the folder (and missing parents) readable by its owner only, and tightens it if it is there already. */
export function makePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (posix && (fs.statSync(folder).mode & 0o077) !== 0) fs.chmodSync(folder, PRIVATE_FOLDER_MODE);
}

/**
 * Creates the file empty and private if it is missing, before SQLite or a log opens it (SQLite gives
 * a database's -wal and -shm files the database file's own mode); tightens it if it is there.
 */
export function makePrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  tightenFile(file);
}

/** Tightens a file that may have been created before Cairn kept its files private; one that is not there is fine. */
export function tightenFile(file: string): void {
  if (!posix) return;
  try {
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
