import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/api-result';
import type { BackupInfo } from '../../shared/api/backup-operations';
import type { DatabaseStatus } from '../../shared/api/backup-operations';
import { call } from '../core/testing/call';
import { flipBytes, integrityOf } from '../core/testing/damaged-database-file';
import { openTempCore, createWorkspace, fixedClock, makeTempDir } from '../core/testing/temp-core';
import { openAppLog } from './app-log';
import { DataDirLockedError } from './data-dir-lock';
import { startHost, type Host } from './start-host';

const dirs: string[] = [];
const hosts: Host[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A host on `dataDir`; the worker script is never started here, since no test imports through it. */
async function start(dataDir: string, now?: () => Date): Promise<Host> {
  const host = await startHost({ dataDir, owner: 'the web host', log: openAppLog(dataDir), importWorker: path.join(dataDir, 'no-worker.js'), rendererDir: path.join(dataDir, 'no-renderer'), ...(now ? { now } : {}) });
  hosts.push(host);
  return host;
}

describe('the host start-up', () => {
  it('takes the day’s backup when it starts on a database with data', async () => {
    const clock = fixedClock('2026-05-04T10:00:00');
    const first = await openTempCore({ now: clock.now });
    await createWorkspace(first);
    first.close();
    dirs.push(first.dataDir);

    const host = await start(first.dataDir, clock.now);
    const listed = (await host.dispatch('listBackups', {})) as ApiResult<{ backups: BackupInfo[] }>;
    expect(listed.ok && listed.value.backups.map((b) => b.file)).toEqual(['cairn-daily-2026-05-04.db']);
  });

  it('holds the data directory until it closes', async () => {
    const dataDir = makeTempDir();
    dirs.push(dataDir);
    const host = await start(dataDir);
    await expect(start(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
    host.close();
    const again = await start(dataDir);
    expect(await again.dispatch('listWorkspaces', {})).toEqual({ ok: true, value: [] });
  });

  it('starts on a damaged database answering only its status and the restore, and starts its backups once a backup is restored', async () => {
    const clock = fixedClock('2026-05-04T10:00:00');
    const first = await openTempCore({ now: clock.now });
    const workspace = await createWorkspace(first);
    for (let n = 0; n < 300; n++) await call(first, 'createDecision', { workspaceId: workspace.id, content: { title: `Decision ${n} ${'about the storage layer '.repeat(8)}` } });
    const sound = (await call(first, 'backupNow', {})).file;
    first.close();
    dirs.push(first.dataDir);
    const dbPath = path.join(first.dataDir, 'cairn.db');
    flipBytes(dbPath, { seed: 2, from: Math.floor(fs.statSync(dbPath).size / 2) });
    expect(integrityOf(dbPath)).not.toBe('ok');

    const host = await start(first.dataDir, clock.now);
    expect(host.damage()?.file).toBe(dbPath);
    expect(await host.dispatch('listWorkspaces', {})).toMatchObject({ ok: false, error: { code: 'damaged' } });
    // No daily backup of a damaged file: the one backup is the sound one taken before.
    expect(fs.readdirSync(path.join(first.dataDir, 'backups'))).toEqual([sound]);
    const status = (await host.dispatch('getDatabaseStatus', {})) as ApiResult<DatabaseStatus>;
    expect(status.ok && status.value.damage?.backups.map((b) => [b.file, b.problem])).toEqual([[sound, null]]);

    expect(await host.dispatch('restoreDamagedDatabase', { file: sound })).toMatchObject({ ok: true, value: { restored: { file: sound } } });
    expect(host.damage()).toBeNull();
    expect(await host.dispatch('listWorkspaces', {})).toMatchObject({ ok: true, value: [{ id: workspace.id }] });
    // The host's background work starts once the database is sound: today's backup is taken.
    await expect.poll(() => fs.readdirSync(path.join(first.dataDir, 'backups')).sort()).toEqual(['cairn-daily-2026-05-04.db', sound].sort());
  });

  it.skipIf(process.platform === 'win32')('makes the data directory, its lock, its log and its backups readable by their owner only, tightening what was open', async () => {
    const parent = makeTempDir();
    dirs.push(parent);
    const dataDir = path.join(parent, 'data');
    // What an earlier Cairn left as umask made it: open to every local account.
    fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true, mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    fs.writeFileSync(path.join(dataDir, 'backups', 'cairn-manual-2026-01-01T00-00-00-000Z.db'), '', { mode: 0o644 });
    const host = await start(dataDir);
    openAppLog(dataDir).error('A line for the log', new Error('detail'));
    const mode = (at: string) => fs.statSync(at).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    for (const name of ['cairn.lock', 'cairn.db', 'logs/cairn.log']) expect([name, mode(path.join(dataDir, name))]).toEqual([name, 0o600]);
    expect(mode(path.join(dataDir, 'logs'))).toBe(0o700);
    expect(mode(path.join(dataDir, 'backups'))).toBe(0o700);
    expect(mode(path.join(dataDir, 'backups', 'cairn-manual-2026-01-01T00-00-00-000Z.db'))).toBe(0o600);
    host.close();
  });
});
