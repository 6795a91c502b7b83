import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { seededRandom } from '../../../shared/dialects/seeded-random.test-support';

/**
 * Damages a closed database file the way a failing disk or a stray write does (issue 21 flipped 200
 * bytes): `count` bytes at seeded random offsets from `from` on are XORed with a non-zero byte. With
 * `from` past the first pages the schema usually survives, so the file still opens and answers some
 * queries, which is the damage a host must not write into. Returns the offsets, for a failure message.
 */
export function flipBytes(file: string, { count = 200, seed, from = 0 }: { count?: number; seed: number; from?: number }): number[] {
  const bytes = fs.readFileSync(file);
  const random = seededRandom(seed);
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = random.int(from, bytes.length - 1);
    bytes[at] = (bytes[at] as number) ^ random.int(1, 255);
    offsets.push(at);
  }
  fs.writeFileSync(file, bytes);
  return offsets;
}

/**
 * Changes `find` to `replace` (the same length) inside an index's root page: the pages still hold
 * together, so `PRAGMA quick_check` passes, but the index no longer matches its table, which only
 * `PRAGMA integrity_check` (run on every backup) finds.
 */
export function damageIndexEntry(file: string, index: string, find: string, replace: string): void {
  if (find.length !== replace.length) throw new Error('damageIndexEntry keeps the length: find and replace must be as long');
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  const root = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(index) as number | undefined;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  if (root === undefined) throw new Error(`${file} has no index ${index}`);
  const bytes = fs.readFileSync(file);
  const page = bytes.subarray((root - 1) * pageSize, root * pageSize);
  const at = page.indexOf(find);
  if (at < 0) throw new Error(`"${find}" is not in the root page of ${index}`);
  page.write(replace, at);
  fs.writeFileSync(file, bytes);
}

/** SQLite's own verdict on a file, opened read-only: "ok", or what it found (or why it cannot open). */
export function integrityOf(file: string): string {
  try {
    const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    try {
      return String(db.pragma('integrity_check', { simple: true }));
    } finally {
      db.close();
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
