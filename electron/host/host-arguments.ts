import { parseArgs } from 'node:util';

/** What a host was asked for on its command line; the same flags mean the same in the app, the web host and `npm start`. */
export interface HostArguments {
  /** `--data-dir DIR`: where the database lives (else CAIRN_DATA_DIR, else the user data folder; see resolveDataDir). */
  dataDir: string | undefined;
  /** `--port N`: the web host's port, 0 for a free one. The app has no port and takes it without use. */
  port: number;
  /** False with `--no-open`: the web host opens no browser. The app opens its own window either way. */
  open: boolean;
  help: boolean;
}

export const HOST_USAGE = `Options (npm start, the Cairn app and the web host alike):
  --data-dir DIR  where the database lives (default: CAIRN_DATA_DIR or the user data folder)
  --port N        the port the web host listens on (default: a free one)
  --no-open       the web host opens no browser
  -h, --help      this text`;

/** An argument a host cannot start with; the message says which and why. */
export class HostArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostArgumentError';
  }
}

/**
 * Reads a host's arguments. `strict` refuses unknown ones (the web host); the Electron app is not
 * strict, because Electron and Chromium add switches of their own and a positional app path.
 */
export function parseHostArguments(args: readonly string[], { strict }: { strict: boolean }): HostArguments {
  let values: { 'data-dir'?: string | boolean; port?: string | boolean; 'no-open'?: string | boolean; help?: string | boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict,
      allowPositionals: !strict,
    }));
  } catch (error) {
    throw new HostArgumentError(error instanceof Error ? error.message : String(error));
  }
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && (typeof dataDir !== 'string' || dataDir === '')) throw new HostArgumentError('--data-dir needs a folder: --data-dir DIR.');
  const portText = values.port ?? '0';
  const port = typeof portText === 'string' ? Number(portText) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new HostArgumentError(`--port must be a number from 0 to 65535, not "${String(portText)}".`);
  return { dataDir, port, open: values['no-open'] !== true, help: values.help === true };
}
