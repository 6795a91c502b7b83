import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAppLog, type AppLog } from '../host/app-log';
import { resolveDataDir } from '../host/data-dir';
import { HOST_USAGE, parseHostArguments } from '../host/host-arguments';
import { startHost } from '../host/start-host';
import { createAccessToken } from '../security/access-token';
import { openInBrowser } from './open-browser';
import { startWebHost } from './server';
import { warmFirstSearch } from '../host/warm-first-search';

const USAGE = `Usage: node dist/electron/web-host/start.js [--data-dir DIR] [--port N] [--no-open]

Serves Cairn on http://127.0.0.1 for a browser, with a fresh access token each run.

${HOST_USAGE}`;

/** The data directory's log, once known: start-up failures after that point are written there too. */
let log: AppLog | null = null;

async function main(): Promise<void> {
  const args = parseHostArguments(process.argv.slice(2), { strict: true });
  if (args.help) {
    console.log(USAGE);
    return;
  }

  const dataDir = resolveDataDir({ flag: args.dataDir, env: process.env });
  log = openAppLog(dataDir);
  // The bundle sits in dist/electron/web-host/; the import worker in dist/electron/, the renderer build in dist/renderer/.
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Two hosts on one folder would each sync it and each hold the database: the second one stops here, saying why.
  const rendererDir = path.resolve(here, '../../renderer');
  const cairn = await startHost({ dataDir, owner: 'the web host', log, importWorker: path.resolve(here, '../import-worker.js'), rendererDir });
  const host = await startWebHost({ dispatch: cairn.dispatch, subscribe: cairn.subscribe, rendererDir, token: createAccessToken(), port: args.port }).catch((error: unknown) => {
    cairn.close();
    throw error;
  });

  console.log(`Cairn web host: ${host.url}`);
  console.log(`Data: ${cairn.dbPath}. Log: ${log.file}. Press Ctrl+C to stop.`);
  const appLog = log;
  // While the browser loads the page's script, the host would be idle: the list's first search is made ready then.
  if (cairn.damage() === null) void warmFirstSearch(cairn.dispatch, (error) => appLog.error('Preparing the decision list’s first search failed', error));

  const stop = () => {
    void host.close().then(() => {
      cairn.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  if (args.open && !(await openInBrowser(host.url))) {
    console.log('No browser could be opened here: open the address above in one.');
  }
}

main().catch((error: unknown) => {
  log?.error('The web host could not start', error);
  console.error(`Cairn web host could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
