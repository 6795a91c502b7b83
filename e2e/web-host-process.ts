import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** A running web host on its own data directory. */
export interface WebHost {
  /** The link the host printed, with the token in the hash: what a person opens. */
  url: string;
  /** http://127.0.0.1:<port>, for requests to /api/<operation>. */
  origin: string;
  token: string;
  dataDir: string;
}

const START_SCRIPT = path.resolve('dist/electron/web-host/start.js');
const RENDERER_INDEX = path.resolve('dist/renderer/index.html');
const READY_LINE = /^Cairn web host: (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)$/;
/** A start-up guard, not a wait: the host normally announces itself well within a second. */
const START_LIMIT_MS = 20_000;

/**
 * Starts `node dist/electron/web-host/start.js` on a fresh temporary data directory (or on `dataDir`,
 * to start again on the data a test arranged) and resolves once it prints its URL. `stop` ends the
 * process and removes the directory it made; a given `dataDir` is the test's to remove.
 */
export async function startWebHost(options: { dataDir?: string } = {}): Promise<{ host: WebHost; stop: () => Promise<void> }> {
  for (const built of [START_SCRIPT, RENDERER_INDEX]) {
    if (!existsSync(built)) throw new Error(`${path.relative(process.cwd(), built)} is missing: run "npm run build" before the e2e tests.`);
  }
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'cairn-e2e-'));
  const env = { ...process.env };
  delete env.CAIRN_DATA_DIR;
  const child = spawn(process.execPath, [START_SCRIPT, '--data-dir', dataDir, '--port', '0', '--no-open'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A host that dies in the middle of a test would leave only "ECONNRESET" behind: say how it ended, with what it wrote.
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`The web host on ${dataDir} exited (${signal ?? `code ${code}`}) during the test:\n${stderr.join('')}\n`);
  });
  const stop = async () => {
    stopping = true;
    await endProcess(child);
    if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const { origin, token } = await readReadyLine(child);
    return { host: { url: `${origin}/#token=${token}`, origin, token, dataDir }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function readReadyLine(child: ChildProcess): Promise<{ origin: string; token: string }> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const lines = createInterface({ input: child.stdout! });
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const fail = (why: string) => {
      clearTimeout(limit);
      lines.close();
      reject(new Error(`The web host did not start: ${why}\n${output.join('')}`));
    };
    const limit = setTimeout(() => fail(`no "Cairn web host: …" line within ${START_LIMIT_MS / 1000} s`), START_LIMIT_MS);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`it exited (${signal ?? `code ${code}`}) before printing its URL`));
    lines.on('line', (line) => {
      output.push(`${line}\n`);
      const ready = READY_LINE.exec(line.trim());
      if (!ready) return;
      clearTimeout(limit);
      child.removeAllListeners('exit');
      child.removeAllListeners('error');
      // Keep draining stdout so a chatty host never blocks on a full pipe.
      resolve({ origin: ready[1]!, token: ready[2]! });
    });
  });
}

async function endProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}
