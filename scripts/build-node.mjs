#!/usr/bin/env node
// Bundles the Node side with esbuild (see docs/decisions/0004): the Electron main process, the
// sandboxed preload, the web host and the CLI. npm packages stay external (better-sqlite3 is native),
// except in the preload, which the sandbox only lets require 'electron'.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

const esm = {
  ...common,
  format: 'esm',
  packages: 'external',
  // Bundled CommonJS dependencies that call require() need it in an ES module.
  banner: { js: "import { createRequire as __cairnCreateRequire } from 'node:module'; const require = __cairnCreateRequire(import.meta.url);" },
};

const entries = [
  { ...esm, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.js' },
  { ...common, format: 'cjs', entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] },
  { ...esm, entryPoints: ['electron/web-host/start.ts'], outfile: 'dist/electron/web-host/start.js' },
];
if (existsSync('electron/cli/main.ts')) {
  entries.push({ ...esm, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/electron/cli/main.js' });
}

await Promise.all(entries.map((options) => build(options)));
console.log(`Built ${entries.map((e) => e.outfile).join(', ')}`);
