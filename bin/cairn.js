#!/usr/bin/env node
// The `cairn` command: runs the bundled CLI (electron/cli/start.ts, then run-cli.ts), which needs no Electron.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/electron/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('cairn: the CLI is not built yet. Run `npm run build` first (in the Cairn folder).\n');
  process.exit(1);
}
await import(entry.href);
