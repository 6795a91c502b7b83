import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openAppLog, type AppLog } from '../host/app-log';
import { openCore } from '../core/core';
import { resolveDataDir } from '../host/data-dir';
import { acquireDataDirLock } from '../host/data-dir-lock';
import { createAccessToken } from '../security/access-token';
import { openInBrowser } from './open-browser';
import { startWebHost } from './server';

const USAGE = `Usage: node dist/electron/web-host/start.js [--data-dir DIR] [--port N] [--no-open]

Serves Cairn on http://127.0.0.1 for a browser, with a fresh access token each run.
  --data-dir DIR  where the database lives (default: CAIRN_DATA_DIR or the user data folder)
  --port N        the port to listen on (default: a free one)
  --no-open       do not open the default browser`;

/** The data directory's log, once known: start-up failures after that point are written there too. */
let log: AppLog | null = null;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);

  const dataDir = resolveDataDir({ flag: values['data-dir'], env: process.env });
  log = openAppLog(dataDir);
  // Two hosts on one folder would each sync it and each hold the database: the second one stops here, saying why.
  const lock = await acquireDataDirLock(dataDir, { owner: 'the web host' });
  // The bundle sits in dist/electron/web-host/; the import worker in dist/electron/, the renderer build in dist/renderer/.
  const here = path.dirname(fileURLToPath(import.meta.url));
  const core = await openCore(dataDir, { reportError: log.error, importWorker: path.resolve(here, '../import-worker.js') });
  const rendererDir = path.resolve(here, '../../renderer');
  const host = await startWebHost({ dispatch: core.dispatch, rendererDir, token: createAccessToken(), port });

  console.log(`Cairn web host: ${host.url}`);
  console.log(`Data: ${core.dbPath}. Log: ${log.file}. Press Ctrl+C to stop.`);

  const stop = () => {
    void host.close().then(() => {
      core.close();
      lock.release();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  if (!values['no-open'] && !(await openInBrowser(host.url))) {
    console.log('No browser could be opened here: open the address above in one.');
  }
}

main().catch((error: unknown) => {
  log?.error('The web host could not start', error);
  console.error(`Cairn web host could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
