// Finds the Electron binary that `npm install electron` may or may not have brought. Electron 45+
// downloads it on first use, from GitHub; where that is not reachable there is no binary, and the
// app runs in the web host instead (scripts/start.mjs) while the Electron e2e tests skip.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ ok: true, path: string } | { ok: false, reason: string }} */
export function findElectronBinary() {
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed (run npm install).' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { ok: false, reason: 'the Electron binary was never downloaded (it comes from GitHub on first use, which this machine cannot reach).' };
  }
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { ok: false, reason: `the Electron binary is missing at ${binary}.` };
  return { ok: true, path: binary };
}

/** Why Electron cannot open a window here even with a binary, or null. */
export function missingDisplayReason(env = process.env, platform = process.platform) {
  if (platform !== 'linux') return null;
  return env.DISPLAY || env.WAYLAND_DISPLAY ? null : 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).';
}
