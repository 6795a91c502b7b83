import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { MIGRATIONS, type Migration } from './migrations/index';
import { makeTempDir } from '../testing/temp-core';

const dirs: string[] = [];
function tempDb(): { file: string; backupDir: string } {
  const dir = makeTempDir();
  dirs.push(dir);
  return { file: path.join(dir, 'data', 'cairn.db'), backupDir: path.join(dir, 'backups') };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The step after the app's own last one, for tests that add a migration of their own. */
const NEXT = MIGRATIONS.length + 1;
const LATEST = MIGRATIONS.length;

const addNotes: Migration = {
  version: NEXT,
  name: 'notes',
  up: (db) => db.exec('CREATE TABLE notes (text TEXT NOT NULL)'),
};

const breaksHalfway: Migration = {
  version: NEXT,
  name: 'breaks',
  up(db) {
    db.exec('CREATE TABLE half_done (x INTEGER)');
    db.exec("UPDATE workspaces SET name = 'changed'");
    throw new Error('step 2 went wrong');
  },
};

async function databaseWithOneWorkspace(file: string, backupDir: string): Promise<void> {
  const db = await openDatabase(file, { backupDir });
  db.prepare("INSERT INTO workspaces (id, name, created_at) VALUES ('w1', 'Platform', '2025-01-01T00:00:00Z')").run();
  db.close();
}

function userVersion(file: string): number {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe('openDatabase', () => {
  it('creates a fresh database at the latest schema with safe pragmas and no backup', async () => {
    const { file, backupDir } = tempDb();
    const db = await openDatabase(file, { backupDir });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
    expect(fs.existsSync(backupDir)).toBe(false);
  });

  it('reopens an up-to-date database without a backup', async () => {
    const { file, backupDir } = tempDb();
    await databaseWithOneWorkspace(file, backupDir);
    const db = await openDatabase(file, { backupDir });
    expect(db.prepare('SELECT name FROM workspaces').pluck().get()).toBe('Platform');
    db.close();
    expect(fs.existsSync(backupDir)).toBe(false);
  });

  it('refuses a database written by a newer Cairn and leaves it alone', async () => {
    const { file, backupDir } = tempDb();
    await databaseWithOneWorkspace(file, backupDir);
    const raw = new SqliteDatabase(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();

    await expect(openDatabase(file, { backupDir })).rejects.toThrow(
      `This database was written by a newer version of Cairn (schema ${MIGRATIONS.length + 5}; this version knows up to ${MIGRATIONS.length}). Update Cairn to open it.`,
    );
    expect(userVersion(file)).toBe(MIGRATIONS.length + 5);
  });

  it('backs up a database with data before upgrading it, as a checked copy of the old data', async () => {
    const { file, backupDir } = tempDb();
    await databaseWithOneWorkspace(file, backupDir);

    const db = await openDatabase(file, { backupDir, migrations: [...MIGRATIONS, addNotes], now: () => new Date('2025-03-04T05:06:07.089Z') });
    db.prepare("INSERT INTO notes (text) VALUES ('new table works')").run();
    expect(db.pragma('user_version', { simple: true })).toBe(NEXT);
    db.close();

    const backupName = `cairn-before-v${NEXT}-2025-03-04T05-06-07-089Z.db`;
    expect(fs.readdirSync(backupDir)).toEqual([backupName]);
    const backup = new SqliteDatabase(path.join(backupDir, backupName), { readonly: true });
    expect(backup.pragma('quick_check', { simple: true })).toBe('ok');
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(backup.prepare('SELECT name FROM workspaces').pluck().all()).toEqual(['Platform']);
    backup.close();
  });

  it('rolls back every step when a migration throws, keeping the data and the backup', async () => {
    const { file, backupDir } = tempDb();
    await databaseWithOneWorkspace(file, backupDir);

    await expect(openDatabase(file, { backupDir, migrations: [...MIGRATIONS, breaksHalfway] })).rejects.toThrow('step 2 went wrong');

    expect(userVersion(file)).toBe(LATEST);
    const db = await openDatabase(file, { backupDir });
    expect(db.prepare('SELECT name FROM workspaces').pluck().all()).toEqual(['Platform']);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
    expect(fs.readdirSync(backupDir)).toHaveLength(1);
  });

  it('says which step failed and that nothing changed when the backup before an upgrade cannot be made, not "EEXIST: … mkdir"', async () => {
    const { file, backupDir } = tempDb();
    await databaseWithOneWorkspace(file, backupDir);
    // A file where the backups folder should be, as a sync client or a mistaken copy leaves one.
    fs.writeFileSync(backupDir, 'not a folder');

    const opening = openDatabase(file, { backupDir, migrations: [...MIGRATIONS, addNotes] });
    await expect(opening).rejects.toThrow(
      `Cairn could not upgrade its database from schema ${LATEST} to ${NEXT}: the backup it takes first could not be made (${backupDir} cannot be created: a file is in the way`,
    );
    await expect(opening).rejects.toThrow('Nothing was changed: your data is as it was.');
    await expect(opening).rejects.not.toThrow(/EEXIST|mkdir/);
    expect(userVersion(file)).toBe(LATEST);
  });

  it.skipIf(process.platform === 'win32')('keeps the database, its -wal and -shm and its backups readable by their owner only, tightening what was open to others', async () => {
    const { file, backupDir } = tempDb();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A database an earlier Cairn left as umask made it.
    fs.writeFileSync(file, '');
    fs.chmodSync(file, 0o644);
    await databaseWithOneWorkspace(file, backupDir);
    const db = await openDatabase(file, { backupDir, migrations: [...MIGRATIONS, addNotes], now: () => new Date('2025-03-04T05:06:07.089Z') });
    db.prepare("INSERT INTO notes (text) VALUES ('in the wal')").run();
    const mode = (at: string) => fs.statSync(at).mode & 0o777;
    try {
      for (const at of [file, `${file}-wal`, `${file}-shm`]) expect([at, mode(at)]).toEqual([at, 0o600]);
      expect(mode(backupDir)).toBe(0o700);
      for (const name of fs.readdirSync(backupDir)) expect([name, mode(path.join(backupDir, name))]).toEqual([name, 0o600]);
    } finally {
      db.close();
    }
  });

  it('opens for reads only without checking every page, and then cannot write', async () => {
    const { file, backupDir } = tempDb();
    const db = await openDatabase(file, { backupDir });
    db.exec("CREATE TABLE filler (text TEXT NOT NULL); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT printf('%0500d', i) FROM n;");
    db.close();
    // The filler's pages, after the schema: the check finds them damaged, reading the schema does not.
    const bytes = fs.readFileSync(file);
    for (let at = Math.floor(bytes.length / 2); at < bytes.length; at += 97) bytes[at] = (bytes[at] as number) ^ 0x5a;
    fs.writeFileSync(file, bytes);

    await expect(openDatabase(file, { backupDir })).rejects.toThrow(/is damaged: its check found/);
    const reader = await openDatabase(file, { backupDir, readOnly: true });
    expect(reader.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()).toBeGreaterThan(0);
    expect(() => reader.exec('CREATE TABLE more (text TEXT)')).toThrow(/readonly/);
    reader.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a migration list with a gap, naming the step', async () => {
    const { file, backupDir } = tempDb();
    await expect(openDatabase(file, { backupDir, migrations: [...MIGRATIONS, { ...addNotes, version: NEXT + 1 }] })).rejects.toThrow(
      `Migration "notes" has version ${NEXT + 1}; expected ${NEXT}`,
    );
  });
});
