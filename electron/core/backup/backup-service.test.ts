import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupProblems } from './backup-problems';
import { takeDailyBackup } from './backup-service';
import { call, callError } from '../testing/call';
import { createWorkspace, fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

const cores: TempCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.dispose();
});

async function tempCore(clock = fixedClock('2026-05-04T10:00:00.000Z')): Promise<TempCore> {
  const core = await openTempCore({ now: clock.now });
  cores.push(core);
  return core;
}

function titlesIn(file: string): string[] {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    return (db.prepare('SELECT title FROM decisions ORDER BY number').all() as { title: string }[]).map((row) => row.title);
  } finally {
    db.close();
  }
}

describe('backup now', () => {
  it('writes a complete copy of the database to the backups folder and lists it', async () => {
    const core = await tempCore();
    const workspace = await createWorkspace(core);
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Use SQLite' } });

    const backup = await call(core, 'backupNow', {});
    expect(backup).toMatchObject({ kind: 'manual', file: 'cairn-manual-2026-05-04T10-00-00-000Z.db' });
    const listed = await call(core, 'listBackups', {});
    expect(listed.folder).toBe(path.join(core.dataDir, 'backups'));
    expect(listed.dailyKeptDays).toBe(7);
    expect(listed.backups.map((b) => b.file)).toContain(backup.file);
    expect(titlesIn(path.join(listed.folder, backup.file))).toEqual(['Use SQLite']);
  });
});

describe('restore from backup', () => {
  it('replaces the data with the backup and keeps what was there as a backup that undoes it', async () => {
    const clock = fixedClock('2026-05-04T10:00:00.000Z');
    const core = await tempCore(clock);
    const workspace = await createWorkspace(core);
    const first = await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Use SQLite' } });
    const backup = await call(core, 'backupNow', {});
    clock.set('2026-05-04T11:00:00.000Z');
    await call(core, 'updateDecision', { id: first.id, baseRevision: 1, changes: { title: 'Use SQLite with WAL' } });
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Adopt MADR' } });

    const result = await call(core, 'restoreBackup', { file: backup.file });
    expect(result.restored.file).toBe(backup.file);
    expect(result.safetyCopy.kind).toBe('before-restore');

    const afterRestore = await call(core, 'searchDecisions', { workspaceId: workspace.id });
    expect(afterRestore.items.map((item) => item.title)).toEqual(['Use SQLite']);
    expect((await call(core, 'getDecision', { id: first.id })).revision).toBe(1);
    // The reopened database takes writes, through dispatch and call alike.
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Written after the restore' } });
    expect((await core.call('listWorkspaces', {}))[0]?.decisionCount).toBe(2);

    await call(core, 'restoreBackup', { file: result.safetyCopy.file });
    const undone = await call(core, 'searchDecisions', { workspaceId: workspace.id, sort: 'number', order: 'asc' });
    expect(undone.items.map((item) => item.title)).toEqual(['Use SQLite with WAL', 'Adopt MADR']);
  });

  it('restores a backup from an older schema and upgrades it', async () => {
    const core = await tempCore();
    const backups = path.join(core.dataDir, 'backups');
    fs.mkdirSync(backups, { recursive: true });
    fs.copyFileSync(path.join(__dirname, '../db/migrations/fixtures/v1.db'), path.join(backups, 'cairn-manual-old.db'));

    await call(core, 'restoreBackup', { file: 'cairn-manual-old.db' });
    expect(await call(core, 'getProfile', {})).toEqual({ name: 'Ada Fixture' });
    expect((await call(core, 'listWorkspaces', {})).map((w) => w.name)).toEqual(['Fixture team']);
  });

  it('refuses a missing file, a file that is not a database and a path outside the backups folder, changing nothing', async () => {
    const core = await tempCore();
    const workspace = await createWorkspace(core);
    await call(core, 'createDecision', { workspaceId: workspace.id, content: { title: 'Keep me' } });
    const backups = path.join(core.dataDir, 'backups');
    fs.mkdirSync(backups, { recursive: true });
    fs.writeFileSync(path.join(backups, 'cairn-manual-notes.db'), 'these are not the pages you are looking for'.repeat(200));

    expect(await callError(core, 'restoreBackup', { file: 'cairn-manual-gone.db' })).toMatchObject({
      code: 'not_found',
      field: 'file',
      message: expect.stringContaining('There is no backup named cairn-manual-gone.db'),
    });
    expect(await callError(core, 'restoreBackup', { file: 'cairn-manual-notes.db' })).toMatchObject({
      code: 'invalid_input',
      field: 'file',
      message: expect.stringMatching(/cairn-manual-notes\.db .*nothing was replaced/),
    });
    expect(await callError(core, 'restoreBackup', { file: '../cairn.db' })).toMatchObject({ code: 'invalid_input', field: 'file' });
    expect((await call(core, 'searchDecisions', { workspaceId: workspace.id })).items.map((item) => item.title)).toEqual(['Keep me']);
    expect(fs.readdirSync(backups).filter((file) => file.startsWith('cairn-before-restore'))).toEqual([]);
  });
});

describe('daily backups', () => {
  it('takes one backup a day once there is data, and keeps the last 7 days', async () => {
    const clock = fixedClock('2026-05-01T08:00:00');
    const core = await tempCore(clock);
    const backups = path.join(core.dataDir, 'backups');
    expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual([]);

    await createWorkspace(core);
    const db = new SqliteDatabase(core.dbPath);
    const problems = createBackupProblems(clock.now);
    try {
      for (let day = 1; day <= 10; day++) {
        clock.set(`2026-05-${String(day).padStart(2, '0')}T08:00:00`);
        expect(await takeDailyBackup(db, { backupDir: backups, problems }, clock.now())).toMatchObject({ kind: 'daily', file: `cairn-daily-2026-05-${String(day).padStart(2, '0')}.db` });
        // A second start on the same day takes no second copy.
        expect(await takeDailyBackup(db, { backupDir: backups, problems }, clock.now())).toBeNull();
      }
    } finally {
      db.close();
    }
    const daily = (await call(core, 'listBackups', {})).backups.filter((b) => b.kind === 'daily').map((b) => b.file).sort();
    expect(daily).toEqual(['04', '05', '06', '07', '08', '09', '10'].map((day) => `cairn-daily-2026-05-${day}.db`));
  });

  it('takes no backup of its own when the core opens: the host schedules them (electron/host/start-host.test.ts)', async () => {
    const clock = fixedClock('2026-05-04T10:00:00');
    const first = await tempCore(clock);
    await createWorkspace(first);
    first.close();
    const reopened = await openTempCore({ now: clock.now }, first.dataDir);
    cores.push(reopened);
    expect((await call(reopened, 'listBackups', {})).backups).toEqual([]);
    expect(await reopened.takeDailyBackup()).toMatchObject({ kind: 'daily', file: 'cairn-daily-2026-05-04.db' });
  });
});
