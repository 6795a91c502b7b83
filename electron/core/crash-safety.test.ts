import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from './core';
import { copyCorpusFolder } from './testing/corpus-folders';
import {
  Acknowledged,
  bundleCrashScripts,
  expectAcknowledged,
  expectCompleteExportFiles,
  expectOneBackupOrTheOther,
  expectSyncFolderInStep,
  hashMarkdownFiles,
  integrityCheck,
  runAndKill,
  runRestorerAndKill,
  seededRandom,
  twoBackups,
  type CrashScripts,
} from './testing/crash-harness';
import type { CrashAck } from './testing/crash-writer';

// Kills a core that is writing through the API with SIGKILL at seeded random moments, then reopens the
// data directory: the database must pass SQLite's integrity check, every write the API acknowledged
// must be there, the export folder must hold only complete files, and the next sync of the synced
// folder finds it in step with the app (no half-written file taken for an edit made on disk).

// More kills locally: CAIRN_CRASH_ITERATIONS=1000 npx vitest run electron/core/crash-safety.test.ts
const ITERATIONS = Number(process.env.CAIRN_CRASH_ITERATIONS ?? 100);
const RESTORE_ITERATIONS = Math.ceil(ITERATIONS / 4);
const SEED = Number(process.env.CAIRN_CRASH_SEED ?? 20261129);

let scripts: CrashScripts;
let workDir: string;

beforeAll(async () => {
  scripts = await bundleCrashScripts();
  workDir = scripts.workDir;
}, 60_000);

afterAll(() => scripts.dispose());

describe('crash safety', () => {
  // The time limit guards against a hang; it is not a speed bar.
  it(`keeps every acknowledged write and a sound database across ${ITERATIONS} kills`, async () => {
    const random = seededRandom(SEED);
    const dataDir = path.join(workDir, 'data');
    const importFolder = copyCorpusFolder('madr', path.join(workDir, 'import'));
    const exportFolder = path.join(workDir, 'export');
    const syncFolder = path.join(workDir, 'sync');
    fs.mkdirSync(syncFolder);
    const dbPath = path.join(dataDir, 'cairn.db');
    const known = new Acknowledged();
    const allAcks: CrashAck[] = [];
    let killedWhileWriting = 0;

    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      // One kill in ten lands while the core is still opening (migrations, first workspace); the others
      // a few milliseconds into a write after a random number of acknowledged ones.
      const beforeReady = random() < 0.1;
      const killAt = { beforeReady, afterAcks: Math.floor(random() * 12), delayMs: Math.floor(random() * (beforeReady ? 300 : 8)) };
      const run = await runAndKill(scripts.writerScript, [dataDir, String(Math.floor(random() * 2 ** 31)), importFolder, exportFolder, syncFolder], killAt);
      if (run.ready && run.acks.length > 0) killedWhileWriting++;

      if (!fs.existsSync(dbPath)) continue;
      expect(integrityCheck(dbPath), `integrity after kill ${iteration} (seed ${SEED})`).toBe('ok');
      const core = await openCore(dataDir);
      try {
        await expectAcknowledged(core, run.acks);
        for (const ack of run.acks) known.add(ack);
        await expectCompleteExportFiles(core, exportFolder, known, workDir);
        await expectSyncFolderInStep(core, syncFolder);
        known.addCompleteFiles(hashMarkdownFiles(exportFolder));
      } finally {
        core.close();
      }
      allAcks.push(...run.acks);
    }

    const core = await openCore(dataDir);
    try {
      await expectAcknowledged(core, allAcks);
    } finally {
      core.close();
    }
    // The harness is only worth something if many kills interrupt a core that is writing.
    expect(killedWhileWriting).toBeGreaterThan(ITERATIONS / 2);
    expect(new Set(allAcks.map((ack) => ack.kind))).toEqual(new Set(['revision', 'link', 'import', 'export', 'sync']));
  }, 600_000);

  it('leaves the database whole, as one backup or the other, when killed while restoring', async () => {
    const random = seededRandom(SEED + 1);
    const dataDir = path.join(workDir, 'restore-data');
    const { decisionId, backups } = await twoBackups(dataDir);

    let restoresSeen = 0;
    for (let iteration = 0; iteration < RESTORE_ITERATIONS; iteration++) {
      restoresSeen += await runRestorerAndKill(scripts.restorerScript, [dataDir, ...backups], Math.floor(random() * 3), Math.floor(random() * 40));
      await expectOneBackupOrTheOther(dataDir, decisionId, `after kill ${iteration} (seed ${SEED})`);
    }
    expect(restoresSeen).toBeGreaterThan(0);
  }, 600_000);
});
