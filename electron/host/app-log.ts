import fs from 'node:fs';
import path from 'node:path';
import { makePrivateFile, makePrivateFolder } from '../core/db';

/** The local log of what went wrong, for whoever debugs it; it never leaves the machine. */
export interface AppLog {
  /** The file being written now; older ones are `cairn.1.log`, `cairn.2.log` … beside it. */
  file: string;
  error: (message: string, error?: unknown) => void;
  info: (message: string) => void;
}

export interface AppLogOptions {
  /** Start a new file once the current one would pass this size. */
  maxBytes?: number;
  /** How many files to keep, the current one included. */
  files?: number;
  now?: () => Date;
}

const MEGABYTE = 1024 * 1024;

/**
 * A log in `<dataDir>/logs/cairn.log`, rotated at `maxBytes` (1 MB) with `files` (3) kept. Lines are
 * appended synchronously, so the last one before a crash is on disk. Logging never throws: a log that
 * cannot be written falls back to stderr rather than taking the app down with it.
 */
export function openAppLog(dataDir: string, options: AppLogOptions = {}): AppLog {
  const folder = path.join(dataDir, 'logs');
  const file = path.join(folder, 'cairn.log');
  const maxBytes = options.maxBytes ?? MEGABYTE;
  const files = Math.max(1, options.files ?? 3);
  const now = options.now ?? (() => new Date());

  const write = (level: 'ERROR' | 'INFO', message: string, error?: unknown) => {
    const line = `${now().toISOString()} ${level} [pid ${process.pid}] ${message}${error === undefined ? '' : `\n${describe(error)}`}\n`;
    try {
      // Errors name files and titles: the log is its owner's alone, like the database (issue 21).
      makePrivateFolder(folder);
      rotateIfFull(folder, file, Buffer.byteLength(line), maxBytes, files);
      makePrivateFile(file);
      fs.appendFileSync(file, line);
    } catch (failure) {
      console.error(`Cairn: cannot write the log ${file}:`, failure, '\n', line);
    }
  };
  return {
    file,
    error: (message, error) => write('ERROR', message, error),
    info: (message) => write('INFO', message),
  };
}

function rotateIfFull(folder: string, file: string, adding: number, maxBytes: number, files: number): void {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return;
  }
  if (size === 0 || size + adding <= maxBytes) return;
  const numbered = (n: number) => path.join(folder, `cairn.${n}.log`);
  fs.rmSync(numbered(files - 1), { force: true });
  for (let n = files - 2; n >= 1; n--) {
    if (fs.existsSync(numbered(n))) fs.renameSync(numbered(n), numbered(n + 1));
  }
  if (files > 1) fs.renameSync(file, numbered(1));
  else fs.rmSync(file, { force: true });
}

/** An error with its stack and causes, indented under its log line. */
function describe(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : describeThrown(current));
    current = current instanceof Error ? current.cause : undefined;
    if (current !== undefined) parts.push('Caused by:');
  }
  return parts
    .join('\n')
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** What was thrown that is no Error: a string as it is, anything else as JSON where it has a form. */
function describeThrown(thrown: unknown): string {
  if (typeof thrown === 'string') return thrown;
  try {
    return JSON.stringify(thrown) ?? typeof thrown;
  } catch {
    return typeof thrown;
  }
}
