import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/api-result';
import type { BackupInfo } from '../../shared/api/backup-operations';
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
  const host = await startHost({ dataDir, owner: 'the web host', log: openAppLog(dataDir), importWorker: path.join(dataDir, 'no-worker.js'), ...(now ? { now } : {}) });
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
});
