import { spawn } from 'node:child_process';
import { timing, type Timing } from './bench-stats';

export interface ProcessRun {
  ms: number;
  code: number | null;
  /** The end of what it printed to stderr (and stdout on failure), to say why a run failed. */
  tail: string;
  stdoutBytes: number;
  timedOut: boolean;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** The run is killed after this long; a peer that hangs must not hold the benchmark up. */
  timeoutMs: number;
}

/** Runs a command to its end, output discarded (only counted), and times it from spawn to exit. */
export function runProcess(command: string, args: readonly string[], options: RunOptions): Promise<ProcessRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutBytes = 0;
    let tail = '';
    let timedOut = false;
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-2000);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes < 4000) keep(chunk);
    });
    child.stderr.on('data', keep);
    const limit = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    const finish = (code: number | null) => {
      clearTimeout(limit);
      resolve({ ms: performance.now() - started, code, tail: tail.trim(), stdoutBytes, timedOut });
    };
    child.once('error', (error) => {
      tail = error.message;
      finish(null);
    });
    child.once('close', (code) => finish(code));
  });
}

/** A measured command: its timing, or why it could not run. */
export type Measured = { ok: true; timing: Timing; note?: string } | { ok: false; reason: string };

/**
 * Runs a command `runs` times (with `prepare` before each, untimed) and times the successful runs.
 * The first failure stops it and becomes the reason; a run over `stopAfterMs` ends the series early,
 * so one slow peer cannot make the whole benchmark take an hour.
 */
export async function measureProcess(
  runs: number,
  make: (run: number) => { command: string; args: string[]; options: RunOptions; prepare?: () => void },
  stopAfterMs = Number.POSITIVE_INFINITY,
): Promise<Measured> {
  const samples: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const { command, args, options, prepare } = make(run);
    prepare?.();
    const result = await runProcess(command, args, options);
    if (result.timedOut) return { ok: false, reason: `did not finish within ${Math.round(options.timeoutMs / 1000)} s` };
    if (result.code !== 0) return { ok: false, reason: `exited with code ${result.code}: ${firstLine(result.tail)}` };
    samples.push(result.ms);
    if (result.ms > stopAfterMs) break;
  }
  return { ok: true, timing: timing(samples) };
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? 'no output';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
