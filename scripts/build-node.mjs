#!/usr/bin/env node
// Bundles the Node side with esbuild (see docs/decisions/0004): the Electron main process, the
// sandboxed preload, the web host and the CLI. npm packages stay external (better-sqlite3 is native),
// except in the preload, which the sandbox only lets require 'electron', and in the CLI (see below).
import { build } from 'esbuild';

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
  // Imports run on a worker thread of the app and the web host, which find it beside main.js.
  { ...esm, entryPoints: ['electron/core/sync/import/import-worker.ts'], outfile: 'dist/electron/import-worker.js' },
];
// A command starts often and briefly. Resolving and loading a few hundred package files took longer than
// the work of `cairn list`, so the CLI (cli.cjs) bundles its pure-JS packages; better-sqlite3 (native)
// stays out. It is CommonJS so that main.js (electron/cli/start.ts) can run it through V8's code cache.
entries.push(
  { ...common, format: 'cjs', external: ['better-sqlite3'], entryPoints: ['electron/cli/run-cli.ts'], outfile: 'dist/electron/cli/cli.cjs' },
  { ...esm, entryPoints: ['electron/cli/start.ts'], outfile: 'dist/electron/cli/main.js' },
);

await Promise.all(entries.map((options) => build(options)));
console.log(`Built ${entries.map((e) => e.outfile).join(', ')}`);
