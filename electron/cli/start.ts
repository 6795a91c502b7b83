// The built `cairn` command (dist/electron/cli/main.js, which bin/cairn.js runs): the CLI itself is the
// CommonJS bundle cli.cjs beside this file (electron/cli/run-cli.ts), loaded through V8's code cache.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWithCodeCache } from './code-cache';
import type { runCli } from './run-cli';

// `cairn list | head` closes the pipe early: that is the reader having seen enough, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  throw error;
});

const cli = loadWithCodeCache<{ runCli: typeof runCli }>(path.join(path.dirname(fileURLToPath(import.meta.url)), 'cli.cjs'));
process.exitCode = await cli.exports.runCli(process.argv.slice(2));
cli.save();
