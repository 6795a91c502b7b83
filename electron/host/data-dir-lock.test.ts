import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE, type LockOwner } from './data-dir-lock';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-lock-'));
  dirs.push(dir);
  return dir;
}

function writeLock(dir: string, owner: Partial<LockOwner>): void {
  const lock: LockOwner = { pid: 999_999, owner: 'the web host', hostname: os.hostname(), startedAt: '2026-05-04T10:00:00.000Z', ...owner };
  fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(lock));
}

function holder(dir: string): LockOwner {
  return JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as LockOwner;
}

describe('the data directory lock', () => {
  it('lets one process in and tells a second who holds the folder and what to do', async () => {
    const dir = dataDir();
    const first = await acquireDataDirLock(dir, { owner: 'the web host', pid: 4001, isRunning: () => true, now: () => new Date('2026-05-04T10:00:00Z') });
    expect(holder(dir)).toMatchObject({ pid: 4001, owner: 'the web host' });

    const second = acquireDataDirLock(dir, { owner: 'the web host', pid: 4002, isRunning: () => true });
    await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(second).rejects.toThrow(
      `Another Cairn is using the data directory ${dir}: the web host (process 4001, started 2026-05-04T10:00:00.000Z). Stop it first, or choose another folder with --data-dir. If no Cairn is running, delete ${path.join(dir, LOCK_FILE)} and try again.`,
    );

    first.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    const third = await acquireDataDirLock(dir, { owner: 'the cairn command', pid: 4003, isRunning: () => true });
    expect(holder(dir)).toMatchObject({ pid: 4003, owner: 'the cairn command' });
    third.release();
  });

  it('takes over the lock of a process that no longer runs', async () => {
    const dir = dataDir();
    writeLock(dir, { pid: 4100 });
    const lock = await acquireDataDirLock(dir, { owner: 'the web host', pid: 4101, isRunning: (pid) => pid !== 4100 });
    expect(holder(dir).pid).toBe(4101);
    lock.release();
  });

  it('sees whether the holder really runs: refused while it does, taken over once it was killed', async () => {
    const dir = dataDir();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeLock(dir, { pid: sleeper.pid ?? 0 });
      await expect(acquireDataDirLock(dir, { owner: 'the web host' })).rejects.toThrow(`process ${sleeper.pid}`);
    } finally {
      const exited = new Promise((resolve) => sleeper.once('exit', resolve));
      sleeper.kill('SIGKILL');
      await exited;
    }
    const lock = await acquireDataDirLock(dir, { owner: 'the web host' });
    expect(holder(dir).pid).toBe(process.pid);
    lock.release();
  });

  it('treats an unreadable lock file as being written when new, and as left over by a crash when old', async () => {
    const dir = dataDir();
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, '{"pid": 12');
    await expect(acquireDataDirLock(dir, { owner: 'the web host' })).rejects.toThrow('a Cairn that is starting');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    const lock = await acquireDataDirLock(dir, { owner: 'the web host' });
    expect(holder(dir).pid).toBe(process.pid);
    lock.release();
  });

  it('waits for the holder to finish when asked to', async () => {
    const dir = dataDir();
    const first = await acquireDataDirLock(dir, { owner: 'the cairn command', pid: 4200, isRunning: () => true });
    setTimeout(() => first.release(), 250);
    const second = await acquireDataDirLock(dir, { owner: 'the cairn command', pid: 4201, isRunning: () => true, waitMs: 5_000 });
    expect(holder(dir).pid).toBe(4201);
    second.release();
  });

  it('leaves a lock that another process has taken meanwhile alone on release', async () => {
    const dir = dataDir();
    const lock = await acquireDataDirLock(dir, { owner: 'the web host', pid: 4300, isRunning: () => true });
    writeLock(dir, { pid: 4301 });
    lock.release();
    expect(holder(dir).pid).toBe(4301);
  });
});
