import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const START_SCRIPT = path.resolve('dist/electron/web-host/start.js');

/** Runs a second web host to its end and returns how it ended and what it said. */
function runSecondHost(dataDir: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [START_SCRIPT, '--data-dir', dataDir, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

test('a second web host on the same data directory refuses to start and says which process holds it', async ({ host }) => {
  const second = await runSecondHost(host.dataDir);
  expect(second.code).toBe(1);
  expect(second.stderr).toMatch(
    new RegExp(`^Cairn web host could not start: Another Cairn is using the data directory ${host.dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the web host \\(process \\d+, started `),
  );
  expect(second.stderr).toContain('Stop it first, or choose another folder with --data-dir.');
  // The refusal is in the data directory's log too, for whoever looks later.
  expect(fs.readFileSync(path.join(host.dataDir, 'logs', 'cairn.log'), 'utf8')).toContain('ERROR');
});
