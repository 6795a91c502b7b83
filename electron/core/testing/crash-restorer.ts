import { openCore } from '../core';

/**
 * The child process of the restore crash test: restores two prepared backups in turn until it is
 * killed, printing the name of each restore the API acknowledged.
 * Usage: node crash-restorer.mjs <dataDir> <backupA> <backupB>
 */
async function main(): Promise<void> {
  const [dataDir, ...backups] = process.argv.slice(2);
  if (!dataDir || backups.length !== 2) throw new Error('usage: crash-restorer <dataDir> <backupA> <backupB>');
  const core = await openCore(dataDir);
  process.stdout.write('ready\n');
  for (let turn = 0; ; turn++) {
    const file = backups[turn % 2];
    const result = await core.dispatch('restoreBackup', { file });
    if (!result.ok) throw new Error(`restoreBackup ${file} failed: ${result.error.message}`);
    process.stdout.write(`${file}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-restorer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
