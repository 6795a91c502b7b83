import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/api-result';
import { isTemplateFileName } from '../../../shared/templates/template-file-name';

/** Larger than any real ADR; a file this big is a mistake (a log, a dump) and is not read. */
export const MAX_ADR_FILE_BYTES = 1_000_000;

/** One Markdown file of a folder: its text, or why it cannot be read as text. */
export type FolderFile = { name: string; text: string; modified: Date } | { name: string; error: string };

/** The name of the table of contents export writes; never read as a record. */
export const INDEX_FILE = 'README.md';

/** Files that live beside records but are none: indexes and templates (`template.md`, `adr-template-bare.md`, `YYYYMMDD-template-name.md`). */
export function isNotARecord(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'readme.md' || lower === 'index.md' || isTemplateFileName(name);
}

/** The folder as an absolute path; an AppError on `field` names it when it is missing or a file. */
export function requireExistingFolder(folder: string, field: string): string {
  const resolved = path.resolve(folder);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch (error) {
    throw new AppError('invalid_input', `Cannot open the folder ${resolved}: ${reasonOf(error)}`, field);
  }
  if (!stat.isDirectory()) throw new AppError('invalid_input', `${resolved} is a file, not a folder`, field);
  return resolved;
}

/** The `.md` files directly in `folder`, by name, each read as UTF-8 text or with the reason it could not be. */
export function readMarkdownFolder(folder: string): FolderFile[] {
  const names = listMarkdownFiles(folder);
  return names.map((name) => readMarkdownFile(folder, name));
}

export function listMarkdownFiles(folder: string): string[] {
  return listFolder(folder).markdown;
}

/** The `.md` files directly in `folder` by name, and the names of everything else there; one read of the folder. */
export function listFolder(folder: string): { markdown: string[]; other: string[] } {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new AppError('invalid_input', `Cannot read the folder ${folder}: ${reasonOf(error)}`, 'folder');
  }
  const markdown: string[] = [];
  const other: string[] = [];
  for (const entry of entries) (entry.isFile() && /\.md$/i.test(entry.name) ? markdown : other).push(entry.name);
  return { markdown: markdown.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), other };
}

export function readMarkdownFile(folder: string, name: string): FolderFile {
  const file = path.join(folder, name);
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_ADR_FILE_BYTES) {
      return { name, error: `${name} is ${(stat.size / 1_000_000).toFixed(1)} MB; an ADR file is at most 1 MB` };
    }
    const bytes = fs.readFileSync(file);
    const nul = bytes.indexOf(0);
    if (nul >= 0) return { name, error: `${name} is a binary file (a NUL byte at line ${lineAt(bytes, nul)}), not Markdown` };
    const text = decodeUtf8(bytes);
    if (text === null) return { name, error: `${name}:${lineAt(bytes, firstInvalidUtf8(bytes))}: not valid UTF-8 text` };
    return { name, text, modified: stat.mtime };
  } catch (error) {
    return { name, error: `${name}: ${reasonOf(error)}` };
  }
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The byte offset where UTF-8 decoding first fails, found by decoding ever longer prefixes a line at a time. */
function firstInvalidUtf8(bytes: Buffer): number {
  let start = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(10, start);
    const stop = end < 0 ? bytes.length : end + 1;
    if (decodeUtf8(bytes.subarray(start, stop)) === null) return start;
    start = stop;
  }
  return 0;
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

export function reasonOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error).code);
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'ENOTDIR') return 'not a folder';
    if (code === 'ENOSPC') return 'the disk is full';
    if (code === 'EROFS') return 'the disk is read-only';
  }
  return error instanceof Error ? error.message : String(error);
}
