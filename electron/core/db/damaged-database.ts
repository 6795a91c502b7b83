import type { Database } from 'better-sqlite3';

/**
 * A database file SQLite finds damaged: its pages or its schema do not hold together (issue 21: 200
 * flipped bytes, and one host wrote on while another refused with SQLite's raw message). Cairn opens
 * such a file for nothing but restoring a backup over it; `problem` says what SQLite found.
 */
export class DamagedDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly backupDir: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Cairn's database ${file} is damaged: ${problem}. Cairn did not open it, so nothing was written to it. ` +
        `To recover, start the Cairn app or the web host: they offer to restore the newest backup that passes its check, keeping the damaged file aside. ` +
        `The backups are in ${backupDir}.`,
      options,
    );
    this.name = 'DamagedDatabaseError';
  }
}

/** How many of SQLite's findings a message quotes; the first says where to look. */
const FINDINGS_SHOWN = 1;

/**
 * Throws DamagedDatabaseError unless `PRAGMA quick_check` finds the file sound. quick_check reads
 * every page (it skips only comparing indexes with their tables, which integrity_check does when a
 * backup is taken), so it runs before the first write of every connection that writes.
 */
export function requireSoundDatabase(db: Database, file: string, backupDir: string): void {
  const findings = (db.pragma('quick_check(20)') as { quick_check: string }[]).map((row) => row.quick_check);
  if (findings.length === 1 && findings[0] === 'ok') return;
  throw new DamagedDatabaseError(file, describeFindings('its check', findings), backupDir);
}

/** "its check found 3 problems, the first: …", from the rows of quick_check or integrity_check. */
export function describeFindings(check: string, findings: readonly string[]): string {
  const lines = findings.flatMap((finding) => finding.split('\n')).filter((line) => line.trim() !== '' && !line.startsWith('*** in database'));
  const shown = lines.slice(0, FINDINGS_SHOWN).map((line) => `“${line.trim()}”`).join('; ');
  const count = lines.length >= 20 ? 'at least 20 problems' : lines.length === 1 ? 'a problem' : `${lines.length} problems`;
  return `${check} found ${count}${lines.length > 1 ? ', the first' : ''}: ${shown}`;
}

/** better-sqlite3's error when SQLite finds a page or the schema corrupt, or the file is no database at all. */
export function damageReported(error: unknown): string | null {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_CORRUPT')) return `SQLite reports “${(error as Error).message}”`;
  if (code === 'SQLITE_NOTADB') return `it is not a SQLite database any more (SQLite reports “${(error as Error).message}”)`;
  return null;
}
