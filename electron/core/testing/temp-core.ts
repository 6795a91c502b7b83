import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Workspace } from '../../../shared/api/contract';
import { openCore, type Core, type CoreOptions } from '../core';

/** A core on a fresh data directory in the system temp folder; `dispose` closes it and deletes the folder. */
export interface TempCore extends Core {
  dataDir: string;
  dispose(): void;
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-core-'));
}

export async function openTempCore(options: CoreOptions = {}, dataDir = makeTempDir()): Promise<TempCore> {
  const core = await openCore(dataDir, options);
  // Extends the core itself rather than a copy: its methods close over the connection a restore replaces.
  return Object.assign(core, {
    dataDir,
    dispose() {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** A clock that stands still at `iso` until moved, so dates and timestamps in tests are known. */
export function fixedClock(iso: string): { now: () => Date; set(iso: string): void } {
  let current = new Date(iso);
  return {
    now: () => new Date(current),
    set(next) {
      current = new Date(next);
    },
  };
}

export async function createWorkspace(core: Core, name = 'Platform team'): Promise<Workspace> {
  return core.call('createWorkspace', { name });
}
