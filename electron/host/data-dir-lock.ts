import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makePrivateFolder } from '../core/db';

/** The file that says which process is using a data directory. */
export const LOCK_FILE = 'cairn.lock';

/** What the lock file holds, so the next process can tell who holds it and whether they still run. */
export interface LockOwner {
  pid: number;
  /** What holds it, in words for the message: "the web host", "the Cairn app", "the cairn command". */
  owner: string;
  hostname: string;
  startedAt: string;
}

export interface DataDirLock {
  file: string;
  /** Removes the lock file if it is still this process's; safe to call more than once. */
  release(): void;
}

export interface LockOptions {
  owner: string;
  /** Keep trying this long while another process holds the lock (e.g. a CLI command waiting for another); 0 fails at once. */
  waitMs?: number;
  pid?: number;
  /** Whether a process runs; tests pass their own. */
  isRunning?: (pid: number) => boolean;
  now?: () => Date;
}

/** A lock that another live process holds: the message names it and says what to do. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockOwner,
    readonly file: string,
  ) {
    super(
      `Another Cairn is using the data directory ${dataDir}: ${holder.owner} (process ${holder.pid}, started ${holder.startedAt}). ` +
        `Stop it first, or choose another folder with --data-dir. If no Cairn is running, delete ${file} and try again.`,
    );
    this.name = 'DataDirLockedError';
  }
}

const POLL_MS = 100;
/** A lock file that cannot be read is being written right now unless it is older than this. */
const HALF_WRITTEN_GRACE_MS = 2_000;

/**
 * Takes the data directory for this process: creates `<dataDir>/cairn.lock` exclusively with this
 * process's id. A lock whose process no longer runs (killed, crashed, the machine restarted) is stale
 * and taken over; one whose process runs makes this fail with DataDirLockedError, after waiting `waitMs`.
 * The lock goes when released or when the process exits normally.
 */
export async function acquireDataDirLock(dataDir: string, options: LockOptions): Promise<DataDirLock> {
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    try {
      return tryAcquire(dataDir, options);
    } catch (error) {
      if (!(error instanceof DataDirLockedError) || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

function tryAcquire(dataDir: string, options: LockOptions): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  const isRunning = options.isRunning ?? processIsRunning;
  const me: LockOwner = {
    pid: options.pid ?? process.pid,
    owner: options.owner,
    hostname: os.hostname(),
    startedAt: (options.now?.() ?? new Date()).toISOString(),
  };
  // The lock is the first thing a host or the CLI writes: the folder is made private here (issue 21).
  makePrivateFolder(dataDir);
  // Two attempts: the second after clearing a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${JSON.stringify(me, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
      return ownedLock(file, me.pid);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder === 'half-written') throw new DataDirLockedError(dataDir, { pid: 0, owner: 'a Cairn that is starting', hostname: me.hostname, startedAt: 'just now' }, file);
    if (holder && holder.hostname === me.hostname && isRunning(holder.pid)) throw new DataDirLockedError(dataDir, holder, file);
    if (holder && holder.hostname !== me.hostname) throw new DataDirLockedError(dataDir, { ...holder, owner: `${holder.owner} on ${holder.hostname}` }, file);
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}: another process keeps replacing it.`);
}

/** The lock's owner, null when the file is gone or garbage left by a crash, 'half-written' when it may be being written. */
function readHolder(file: string): LockOwner | null | 'half-written' {
  let text: string;
  let modified: number;
  try {
    text = fs.readFileSync(file, 'utf8');
    modified = fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.owner === 'string' && typeof parsed.hostname === 'string' && typeof parsed.startedAt === 'string') {
      return parsed as LockOwner;
    }
  } catch {
    // Falls through: unreadable.
  }
  return Date.now() - modified < HALF_WRITTEN_GRACE_MS ? 'half-written' : null;
}

function ownedLock(file: string, pid: number): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    const holder = readHolder(file);
    if (holder && holder !== 'half-written' && holder.pid === pid) fs.rmSync(file, { force: true });
  };
  process.on('exit', release);
  return { file, release };
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists under another user. */
function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
