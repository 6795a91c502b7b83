import SqliteDatabase from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { setConnectionPragmas } from '../../electron/core/db';
import { timed, timing } from './bench-stats';
import { measureProcess, type Measured } from './process-timing';

const MINUTE = 60_000;
/** Quick floors (a bare process start) run this many times: one start is too noisy to stand alone. */
const QUICK_RUNS = 7;

/**
 * The least this machine can do for each whole-log step, measured in the same run as Cairn so a ratio
 * means the same on any machine: writing the files (`cp -r`), reading them (`cat` of every file),
 * starting a process (`node -e ''`) and putting the records' bytes into SQLite in one transaction.
 */
export interface FloorBenchResult {
  records: number;
  /** `cp -r` of the folder into a new one: reads and writes every file (the floor of a full export). */
  copy: Measured;
  /** `cat` of every file to /dev/null: reads every file once (the floor of any step that reads them all). */
  readAll: Measured;
  /** `node -e ''`: the start of a Node process that does nothing (the floor of every CLI command). */
  nodeStart: Measured;
  /**
   * Every file's name and text inserted as one row each into a plain table (no index, no FTS, no
   * triggers) of a fresh database with the app's connection settings, in one transaction and
   * committed as durably as the app commits (the floor of storing an import).
   */
  sqliteInsert: Measured;
}

export async function runFloorBench(folder: string, workDir: string, runs: number): Promise<FloorBenchResult> {
  fs.mkdirSync(workDir, { recursive: true });
  const names = fs.readdirSync(folder).filter((name) => name.endsWith('.md'));
  const copyOf = (run: number) => path.join(workDir, `copy-${run}`);
  // As in the export step, the copies are deleted after the series, not between its runs: deleting
  // just-written files charges the next run's writes with the file system's bookkeeping.
  const copy = await measureProcess(runs, (run) => ({ command: 'cp', args: ['-r', folder, copyOf(run)], options: { timeoutMs: 5 * MINUTE } }));
  for (let run = 1; run <= runs; run++) fs.rmSync(copyOf(run), { recursive: true, force: true });
  // `find … -exec cat {} +` passes the names in batches that fit the argument limit (50,000 names do not).
  const readAll = await measureProcess(runs, () => ({
    command: '/bin/sh',
    args: ['-c', `find "$0" -maxdepth 1 -name '*.md' -exec cat {} + > /dev/null`, folder],
    options: { timeoutMs: 5 * MINUTE },
  }));
  const nodeStart = await measureProcess(QUICK_RUNS, () => ({ command: process.execPath, args: ['-e', ''], options: { timeoutMs: MINUTE } }));
  const rows = names.map((name) => ({ name, text: fs.readFileSync(path.join(folder, name), 'utf8') }));
  const sqliteInsert = await sqliteInsertFloor(rows, workDir, runs);
  fs.rmSync(workDir, { recursive: true, force: true });
  return { records: names.length, copy, readAll, nodeStart, sqliteInsert };
}

async function sqliteInsertFloor(rows: readonly { name: string; text: string }[], workDir: string, runs: number): Promise<Measured> {
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const file = path.join(workDir, `floor-${run}.sqlite`);
    const { ms, cpuMs } = await timed(() => {
      const db = new SqliteDatabase(file);
      try {
        setConnectionPragmas(db);
        db.exec('CREATE TABLE records (seq INTEGER PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL)');
        const insert = db.prepare<[string, string]>('INSERT INTO records (name, text) VALUES (?, ?)');
        db.transaction(() => {
          for (const row of rows) insert.run(row.name, row.text);
        })();
      } finally {
        db.close();
      }
    });
    samples.push(ms);
    cpuSamples.push(cpuMs);
  }
  return { ok: true, timing: timing(samples, cpuSamples) };
}
