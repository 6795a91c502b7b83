import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core';
import { DamagedDatabaseError } from '../db';
import { call, callError } from '../testing/call';
import { corpusFolder } from '../testing/corpus-folders';
import { damageIndexEntry, flipBytes, integrityOf } from '../testing/damaged-database-file';
import { createWorkspace, fixedClock, makeTempDir, openTempCore } from '../testing/temp-core';

// Issue 21: after 200 flipped bytes the web host opened the database, answered listWorkspaces, failed
// searches with 500 "malformed" and took createDecision; daily backups refused to copy it, visible
// only in the log. Now every host refuses a damaged file before any write, and the app offers to
// restore the newest backup that passes its check, keeping the damaged file aside.

const clock = fixedClock('2026-05-04T10:00:00.000Z');
/** A database with four real ADR folders imported (about 4 MB), and a sound manual backup of it. */
let template: string;
const dirs: string[] = [];
const cores: Core[] = [];

beforeAll(async () => {
  template = makeTempDir();
  const core = await openTempCore({ now: clock.now }, template);
  for (const name of ['madr', 'adr-tools', 'log4brains', 'nats'] as const) {
    const workspace = await createWorkspace(core, name);
    await call(core, 'importFolder', { workspaceId: workspace.id, folder: corpusFolder(name) });
  }
  await call(core, 'backupNow', {});
  core.close();
}, 60_000);
afterAll(() => fs.rmSync(template, { recursive: true, force: true }));
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the template data directory whose database has 200 bytes flipped in its second half, where the schema survives. */
function damagedDataDir(): { dataDir: string; dbPath: string; hash: () => string } {
  const dataDir = makeTempDir();
  dirs.push(dataDir);
  fs.cpSync(template, dataDir, { recursive: true });
  const dbPath = path.join(dataDir, 'cairn.db');
  flipBytes(dbPath, { seed: 2, from: Math.floor(fs.statSync(dbPath).size / 2) });
  return { dataDir, dbPath, hash: () => crypto.createHash('sha256').update(fs.readFileSync(dbPath)).digest('hex') };
}

/**
 * What is wrong, in SQLite's words: the rows quick_check found, or the error it stopped with. Which of
 * the two depends on the pages the flipped bytes land in, and those move with the random ids of the
 * imported records; either way the file is refused.
 */
const DAMAGE_IN_SQLITES_WORDS = /^(?:its check found .+|SQLite reports “.+”)$/;

async function recoveringCore(dataDir: string): Promise<Core> {
  const core = await openCore(dataDir, { now: clock.now, whenDamaged: 'recover', reportError: () => undefined });
  cores.push(core);
  return core;
}

describe('a damaged database', () => {
  it('is the damage the issue met: the file opens and lists its workspaces, but SQLite finds it broken', () => {
    const { dbPath } = damagedDataDir();
    const raw = new SqliteDatabase(dbPath);
    try {
      expect(raw.prepare('SELECT count(*) FROM workspaces').pluck().get()).toBe(4);
      // quick_check either lists what it found or stops with SQLite's error (see DAMAGE_IN_SQLITES_WORDS).
      let verdict: unknown;
      try {
        verdict = raw.pragma('quick_check', { simple: true });
      } catch (error) {
        verdict = error instanceof Error ? error.message : error;
      }
      expect(verdict).not.toBe('ok');
    } finally {
      raw.close();
    }
  });

  it('is refused at open with a plain message naming the file, what is wrong and what to do, and nothing is written to it', async () => {
    const { dataDir, dbPath, hash } = damagedDataDir();
    const before = hash();
    const opening = openCore(dataDir);
    await expect(opening).rejects.toBeInstanceOf(DamagedDatabaseError);
    await expect(opening).rejects.toThrow(
      new RegExp(
        `^Cairn's database ${dbPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged: (?:its check found .+|SQLite reports “.+”)\\. Cairn did not open it, so nothing was written to it\\. ` +
          'To recover, start the Cairn app or the web host: they offer to restore the newest backup that passes its check, keeping the damaged file aside\\.',
      ),
    );
    expect(hash()).toBe(before);
  });

  it('is refused when its very schema is damaged or it is no database at all', async () => {
    const { dataDir, dbPath } = damagedDataDir();
    fs.writeFileSync(dbPath, Buffer.alloc(8192, 'x'));
    await expect(openCore(dataDir)).rejects.toThrow(/is damaged: it is not a SQLite database any more \(SQLite reports “file is not a database”\)/);
  });

  it('answers only its status and a restore while it waits for one; every other call is refused before it reads or writes', async () => {
    const { dataDir, hash } = damagedDataDir();
    const before = hash();
    const core = await recoveringCore(dataDir);
    expect(core.damage()).toBeInstanceOf(DamagedDatabaseError);
    for (const [operation, input] of [
      ['listWorkspaces', {}],
      ['createWorkspace', { name: 'Written into a damaged file' }],
      ['backupNow', {}],
    ] as const) {
      expect(await callError(core, operation, input)).toMatchObject({ code: 'damaged', message: expect.stringContaining('is damaged') });
    }
    await expect(core.takeDailyBackup()).rejects.toMatchObject({ code: 'damaged' });
    expect(hash()).toBe(before);
  });

  it('offers the newest backup that passes its check, restores it, keeps the damaged file aside, and then works in full', async () => {
    const { dataDir, dbPath, hash } = damagedDataDir();
    const damagedBytes = hash();
    // A newer backup that is itself damaged is listed with its problem and not offered.
    const backups = path.join(dataDir, 'backups');
    const [sound] = fs.readdirSync(backups);
    fs.copyFileSync(dbPath, path.join(backups, 'cairn-manual-2026-05-05T09-00-00-000Z.db'));
    const core = await recoveringCore(dataDir);
    let soundNow = false;
    void core.sound.then(() => (soundNow = true));

    const status = await call(core, 'getDatabaseStatus', {});
    expect(status.file).toBe(dbPath);
    expect(status.damage?.problem).toMatch(DAMAGE_IN_SQLITES_WORDS);
    expect(status.damage?.backups.map((backup) => [backup.file, backup.problem === null])).toEqual([
      ['cairn-manual-2026-05-05T09-00-00-000Z.db', false],
      [sound, true],
    ]);
    expect(status.damage?.backups[0]?.problem).toMatch(/^is damaged \(/);

    expect(await callError(core, 'restoreDamagedDatabase', { file: 'cairn-manual-2026-05-05T09-00-00-000Z.db' })).toMatchObject({ code: 'invalid_input', field: 'file' });
    const result = await call(core, 'restoreDamagedDatabase', { file: sound! });
    expect(result.restored?.file).toBe(sound);
    expect(result.damagedCopy).toBe(path.join(dataDir, 'cairn-damaged-2026-05-04T10-00-00-000Z.db'));
    expect(crypto.createHash('sha256').update(fs.readFileSync(result.damagedCopy)).digest('hex')).toBe(damagedBytes);
    await core.sound;
    expect(soundNow).toBe(true);
    expect(core.damage()).toBeNull();

    expect(integrityOf(dbPath)).toBe('ok');
    expect((await call(core, 'listWorkspaces', {})).map((w) => w.name).sort()).toEqual(['adr-tools', 'log4brains', 'madr', 'nats']);
    const madr = (await call(core, 'listWorkspaces', {})).find((w) => w.name === 'madr')!;
    expect((await call(core, 'searchDecisions', { workspaceId: madr.id, query: 'markdown' })).total).toBeGreaterThan(0);
    await call(core, 'createDecision', { workspaceId: madr.id, content: { title: 'Written after the restore' } });
    expect(await call(core, 'getDatabaseStatus', {})).toMatchObject({ damage: null });
    expect(await callError(core, 'restoreDamagedDatabase', { file: sound! })).toMatchObject({ code: 'conflict' });
  });

  it('can start afresh when no backup passes, still keeping the damaged file', async () => {
    const { dataDir, dbPath, hash } = damagedDataDir();
    const damagedBytes = hash();
    fs.rmSync(path.join(dataDir, 'backups'), { recursive: true });
    const core = await recoveringCore(dataDir);
    expect((await call(core, 'getDatabaseStatus', {})).damage?.backups).toEqual([]);
    const result = await call(core, 'restoreDamagedDatabase', { file: null });
    expect(result.restored).toBeNull();
    expect(crypto.createHash('sha256').update(fs.readFileSync(result.damagedCopy)).digest('hex')).toBe(damagedBytes);
    expect(await call(core, 'listWorkspaces', {})).toEqual([]);
    expect(integrityOf(dbPath)).toBe('ok');
  });
});

describe('a backup of a database damaged where only the full check looks', () => {
  async function indexDamagedCore() {
    const dataDir = makeTempDir();
    dirs.push(dataDir);
    const first = await openCore(dataDir, { now: clock.now });
    const workspace = await createWorkspace(first);
    await call(first, 'createDecision', { workspaceId: workspace.id, content: { title: 'zz the last title' } });
    first.close();
    damageIndexEntry(path.join(dataDir, 'cairn.db'), 'decisions_by_title', 'zz the last title', 'zz the last titlf');
    // quick_check passes, so the database opens; the backup's integrity check finds the index wrong.
    const core = await openCore(dataDir, { now: clock.now, reportError: () => undefined });
    cores.push(core);
    return { core, backups: path.join(dataDir, 'backups') };
  }

  it('is refused, keeps no copy, and is shown in the app until a backup works', async () => {
    const { core, backups } = await indexDamagedCore();
    const error = await callError(core, 'backupNow', {});
    expect(error).toMatchObject({ code: 'damaged' });
    expect(error.message).toMatch(/could not be backed up because it is damaged: the integrity check of its copy found a problem: “row 1 missing from index decisions_by_title”\. The damaged copy was not kept/);
    expect(fs.readdirSync(backups)).toEqual([]);
    expect((await call(core, 'getDatabaseStatus', {})).backupProblem).toEqual({ message: error.message, at: '2026-05-04T10:00:00.000Z', damaged: true });

    // The daily backup the host takes is refused and shown the same way.
    await expect(core.takeDailyBackup()).rejects.toMatchObject({ code: 'damaged' });
    expect((await call(core, 'getDatabaseStatus', {})).backupProblem?.damaged).toBe(true);
    expect(fs.readdirSync(backups)).toEqual([]);
  });
});
