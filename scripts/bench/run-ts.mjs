#!/usr/bin/env node
// Runs a TypeScript bench script: esbuild bundles it (offline, no type check) into bench-results/.build/
// and Node runs the bundle with the remaining arguments. npm packages stay external, as in the app's
// own build (better-sqlite3 is native). No source maps, as in the app's bundles: with
// --enable-source-maps every Error's stack is mapped, which skews timings of code that makes Errors.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('Usage: node scripts/bench/run-ts.mjs <script.ts> [arguments…]');
  process.exit(2);
}
const outfile = path.resolve('bench-results/.build', `${path.basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);" },
});
const run = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
