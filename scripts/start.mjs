#!/usr/bin/env node
// `npm start` (after the build): the Electron app where its binary can start; otherwise one line
// that says why, and the web host in the default browser. Arguments pass through to either, and
// mean the same in both (electron/host/host-arguments.ts): --data-dir DIR, --port N, --no-open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findElectronBinary, missingDisplayReason } from './electron-binary.mjs';

const args = process.argv.slice(2);
const require = createRequire(import.meta.url);

function electronBinary() {
  const found = findElectronBinary();
  if (found.ok || found.reason.includes('not installed')) return found;
  // Electron's own installer fetches the binary on first use; try it once, briefly.
  const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  if (existsSync(installer)) spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  return findElectronBinary();
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

const binary = electronBinary();
const noDisplay = binary.ok ? missingDisplayReason() : null;
if (binary.ok && !noDisplay) {
  run(binary.path, ['.', ...args]);
} else {
  console.log(`Cairn: Electron cannot start here: ${binary.ok ? noDisplay : binary.reason} Starting the web host instead.`);
  run(process.execPath, ['dist/electron/web-host/start.js', ...args]);
}
